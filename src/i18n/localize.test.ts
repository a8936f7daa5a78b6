import { describe, expect, it } from 'vitest';
import type { Thread } from '../data/types';
import { threadText } from './localize';

const thread: Thread = {
  id: 'votes',
  title: 'UN votes',
  summary: 'Every vote.',
  events: ['a', 'b'],
  i18n: { es: { title: 'Votaciones', summary: 'Cada votación.' }, ar: { title: 'التصويت' } },
};

describe('threadText', () => {
  it('gives a thread’s title and summary in the language, falling back to English field by field', () => {
    expect(threadText(thread, 'en')).toEqual({ title: 'UN votes', summary: 'Every vote.' });
    expect(threadText(thread, 'es')).toEqual({ title: 'Votaciones', summary: 'Cada votación.' });
    expect(threadText(thread, 'ar')).toEqual({ title: 'التصويت', summary: 'Every vote.' });
  });

  it('gives no summary to a thread without one', () => {
    const bare = { id: 't', title: 'T', events: ['a', 'b'] };
    expect(Object.keys(threadText(bare, 'es'))).toEqual(['title']);
  });
});
