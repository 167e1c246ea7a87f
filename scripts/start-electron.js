// `npm start`: launch the built desktop app, or explain how to get Electron if it is missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;

if (!binary || !existsSync(binary)) {
  process.stderr.write(
    [
      'Vetted: the Electron binary is not installed, so the desktop app cannot start.',
      "It is downloaded from Electron's release server, which needs internet access. Run once:",
      '',
      '    node node_modules/electron/install.js',
      '',
      'Meanwhile, "npm run serve" runs the same app in your browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
