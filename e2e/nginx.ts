import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Runs Debian's nginx with the shipped sample (docs/hosting/) for the
 * hosting smoke test. The sample is changed only where a test machine must
 * differ: the root folder, the ports (on 127.0.0.1; IPv6 lines dropped) and,
 * for TLS, the certificate paths. It is included inside an http {} block
 * like Debian's nginx.conf: the distribution's modules and MIME map.
 */

/** The nginx binary, or null when none is installed. */
export function findNginx(): string | null {
  for (const candidate of [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/** nginx's configuration folder (Debian: /etc/nginx), from `nginx -V`. */
function confDir(bin: string): string {
  const v = spawnSync(bin, ['-V'], { encoding: 'utf8' });
  const path = /--conf-path=(\S+)/.exec(`${v.stdout}${v.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  return dirname(path);
}

export interface Template {
  root: string;
  /** The port of the site (80 in the sample; 443 in the TLS one). */
  port: number;
  /** TLS only: the port of the redirect from plain HTTP, and the certificate. */
  redirectPort?: number;
  cert?: string;
  key?: string;
}

function replaceOnce(text: string, from: RegExp, to: string): string {
  if (!from.test(text)) throw new Error(`the sample no longer has ${String(from)}`);
  return text.replace(from, to);
}

/** The sample, with the test machine's folder, ports and certificate. */
export function templateSite(sample: string, t: Template): string {
  let conf = readFileSync(sample, 'utf8');
  conf = replaceOnce(conf, /root \/srv\/cuba-syria\/dist;/, `root ${t.root};`);
  conf = conf.replace(/^\s*listen \[::\]:\d+.*\n/gm, '');
  if (t.cert && t.key) {
    conf = replaceOnce(conf, /listen 443 ssl/, `listen 127.0.0.1:${String(t.port)} ssl`);
    conf = replaceOnce(conf, /listen 80;/, `listen 127.0.0.1:${String(t.redirectPort)};`);
    conf = replaceOnce(conf, /ssl_certificate \S+;/, `ssl_certificate ${t.cert};`);
    conf = replaceOnce(conf, /ssl_certificate_key \S+;/, `ssl_certificate_key ${t.key};`);
  } else {
    conf = replaceOnce(conf, /listen 80;/, `listen 127.0.0.1:${String(t.port)};`);
  }
  return conf;
}

/** A throwaway self-signed certificate for localhost (openssl). */
export function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`openssl could not make a certificate: ${r.stderr}`);
  return { cert, key };
}

export interface Nginx {
  dir: string;
  /** `nginx -t` of the configuration: its exit status and what it printed. */
  check(): { ok: boolean; output: string };
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** An nginx serving one site (a templated sample), in a temporary folder of its own. */
export function nginxFor(bin: string, site: string): Nginx {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  const etc = confDir(bin);
  const modules = join(etc, 'modules-enabled');
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'site.conf'), site);
  const main = [
    // Root reads the worktree as it is; otherwise workers run as the caller.
    process.getuid?.() === 0 ? 'user root;' : '',
    existsSync(modules) ? `include ${modules}/*.conf;` : '',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')};`,
    'events { worker_connections 128; }',
    'http {',
    `  include ${join(etc, 'mime.types')};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  access_log off;',
    ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `  ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`,
    ),
    `  include ${join(dir, 'site.conf')};`,
    '}',
  ].join('\n');
  const mainPath = join(dir, 'nginx.conf');
  writeFileSync(mainPath, main);
  const args = ['-c', mainPath, '-e', join(dir, 'error.log')];
  let child: ChildProcess | null = null;

  return {
    dir,
    check() {
      const r = spawnSync(bin, [...args, '-t'], { encoding: 'utf8' });
      return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
    },
    async start() {
      const proc = spawn(bin, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
      child = proc;
      const ports = [...site.matchAll(/listen 127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]));
      const deadline = Date.now() + 10_000;
      for (const port of ports) {
        while (!(await accepts(port))) {
          if (proc.exitCode !== null || Date.now() > deadline) {
            const log = existsSync(join(dir, 'error.log'))
              ? readFileSync(join(dir, 'error.log'), 'utf8')
              : '';
            throw new Error(`nginx did not start on ${String(port)}:\n${log}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    async stop() {
      const proc = child;
      child = null;
      if (proc && proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (not decompressed). */
  body: Buffer;
}

/** One GET, with the headers given and nothing decoded (unlike fetch). TLS certificates are not checked. */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolvePromise, reject) => {
    const req = request(url, { headers, agent: false, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolvePromise({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The samples shipped. */
export const SAMPLES = {
  plain: resolve('docs/hosting/nginx.conf'),
  tls: resolve('docs/hosting/nginx-tls.conf'),
};
