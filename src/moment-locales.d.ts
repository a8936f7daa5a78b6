// moment's ESM locale files register on the same moment instance Vite bundles.
declare module 'moment/dist/locale/*';
