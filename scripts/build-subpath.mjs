// A second production build, hosted under a sub-path and with an
// (unreachable, local) online tile layer configured: for the sub-path,
// tile-failure and built-site tests.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'npx',
  ['vite', 'build', '--outDir', 'dist-subpath', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      BASE_PATH: '/cuba-syria/',
      VITE_TILE_URL: '/cuba-syria/tiles/{z}/{x}/{y}.png',
      VITE_TILE_ATTRIBUTION: 'Test tiles',
    },
  },
);
process.exit(result.status ?? 1);
