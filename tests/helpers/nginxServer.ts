import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx, as .ci/run installs it. */
export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** A free port on 127.0.0.1 (free when asked: nginx takes it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Serves `root` (a built dist/) with nginx as an ordinary process: a top-level configuration
 * that includes the build's own dist/_deploy/nginx.conf, with its pid, temporary files and logs
 * in a temporary folder. Resolves once it answers; `stop()` ends it and removes the folder.
 * Fails, saying what to install, when nginx is missing: the hosting tests never skip.
 */
export async function serveNginx(root: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (!existsSync(nginxPath)) {
    throw new Error(
      `nginx is not installed (${nginxPath}): install Debian's nginx (sudo apt-get install nginx; .ci/run does it) ` +
        'or set NGINX_PATH. The hosting tests serve the build with it.',
    );
  }
  const include = join(root, '_deploy/nginx.conf');
  if (!existsSync(include)) throw new Error(`no ${include}: the build writes it (src/integrations/headers.ts)`);
  const prefix = mkdtempSync(join(tmpdir(), 'thuocdo-nginx-'));
  const port = await freePort();
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  log_not_found off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${include};
  }
}
`,
  );
  const child = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(prefix, { recursive: true, force: true });
  };
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${stderr}`);
    }
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch (error) {
      if (attempt > 100) {
        await stop();
        throw new Error(`nginx did not answer on ${origin}\n${stderr}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
