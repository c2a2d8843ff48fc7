import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface HostProcess {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the local Forge host as `npm start` does (the built UI must exist), on a free port. */
export async function startHostProcess(
  options: { dataDir?: string; reset?: boolean } = {},
): Promise<HostProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'os2-host-'));
  // One process (no npx/tsx wrapper), so a signal reaches the host itself.
  const args = [
    '--import',
    'tsx',
    'emulator/main.ts',
    '--data',
    dataDir,
    ...(options.reset ? ['--reset'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The documented HTTP endpoint the injected bridge uses, for scripts and tests. */
export async function invokeOverHttp(
  url: string,
  persona: string,
  request: { moduleKey: string; extension?: Record<string, unknown>; functionKey: string; payload?: unknown },
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/forge/bridge/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-emulator-persona': persona },
    body: JSON.stringify({
      moduleKey: request.moduleKey,
      context: { extension: request.extension ?? {} },
      functionKey: request.functionKey,
      payload: request.payload ?? {},
    }),
  });
  return { status: response.status, body: await response.json() };
}
