// A real, throw-away WordPress on 127.0.0.1 for the end-to-end test: Debian's
// WordPress 6.1 files (unpacked by scripts/wordpress-bootstrap), a private
// MariaDB 10.11 on a socket in a temporary folder (started here, whatever
// else runs on the machine: CI starts nothing), PHP's built-in server on a
// free port, and the installer driven over HTTP as a person would fill it
// in. No network: WordPress's own outgoing requests are blocked
// (WP_HTTP_BLOCK_EXTERNAL), and tests/wordpress/test-site.php removes what
// core pages would load from elsewhere. Everything is removed by stop().
import { spawn, execFile } from 'node:child_process';
import { mkdtemp, mkdir, writeFile, readFile, rm, cp, copyFile, access } from 'node:fs/promises';
import { tmpdir, homedir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
export const WP_HOME = process.env.NEARER_WORDPRESS_HOME
  ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'nearer', 'wordpress');
export const ADMIN = { user: 'coach', password: 'a-long-test-passphrase-1', email: 'coach@127.0.0.1.test' };

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function waitFor(what, check, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`wordpress site: ${what} did not come up within ${ms / 1000} s`);
    await sleep(100);
  }
}

/** Starts a process whose output goes to a log file; resolves once spawned. */
function start(cmd, args, { log, env, cwd } = {}) {
  // its own process group: php -S forks workers, and stopChild ends them all
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const chunks = [];
  const keep = (b) => { chunks.push(b); if (log) writeFile(log, Buffer.concat(chunks)).catch(() => {}); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.output = () => Buffer.concat(chunks).toString();
  return child;
}

/** Stops a child process and waits for it to exit. */
async function stopChild(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  const group = (sig) => { try { process.kill(-child.pid, sig); } catch { child.kill(sig); } };
  group(signal);
  const timer = setTimeout(() => group('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

/**
 * Sets up and starts the site. Returns { url, dir, root, php(args), sql(query), stop() }.
 * `NEARER_WP_KEEP=1` keeps the folder after stop() (for a look at logs).
 */
export async function startSite() {
  try {
    await access(join(WP_HOME, 'wp-includes', 'version.php'));
  } catch {
    throw new Error(`wordpress site: no WordPress in ${WP_HOME}; run scripts/bootstrap (or scripts/wordpress-bootstrap)`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'nearer-wp-'));
  const root = join(dir, 'site');
  const socket = join(dir, 'mysql.sock');
  const children = [];
  // if this process ends without stop(), the servers end with it
  const killAll = () => { for (const c of children) { try { process.kill(-c.pid, 'SIGKILL'); } catch { /* gone */ } } };
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    for (const child of children.reverse()) await stopChild(child);
    if (!process.env.NEARER_WP_KEEP) await rm(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB: a private data folder and server, reachable only by socket.
    const user = userInfo().username;
    await run('mariadb-install-db', [
      '--no-defaults', `--datadir=${join(dir, 'db')}`, `--user=${user}`,
      '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve',
    ], { maxBuffer: 1 << 24 });
    const db = start('mariadbd', [
      '--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking',
      `--pid-file=${join(dir, 'mariadb.pid')}`, `--user=${user}`, `--log-error=${join(dir, 'mariadb.err')}`,
      '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M', '--skip-log-bin', '--skip-name-resolve',
    ]);
    children.push(db);
    await waitFor('MariaDB', async () => {
      if (db.exitCode !== null) throw new Error(`wordpress site: mariadbd exited: ${await readFile(join(dir, 'mariadb.err'), 'utf8').catch(() => '')}`);
      try { await access(socket); return true; } catch { return false; }
    });
    const sql = async (query) => (await run('mariadb', ['--no-defaults', '-S', socket, '-uroot', '-N', '-B', '-e', query])).stdout;
    await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // WordPress: the core files, this test site's settings and must-use plugin.
    await cp(WP_HOME, root, { recursive: true, verbatimSymlinks: true });
    await mkdir(join(root, 'wp-content', 'mu-plugins'), { recursive: true });
    await copyFile(join(here, 'test-site.php'), join(root, 'wp-content', 'mu-plugins', 'nearer-test-site.php'));

    // PHP's built-in server on a free port (it prints the one it got); it
    // serves .wasm as application/wasm and .js as JavaScript, as a host would.
    const server = start('php', ['-S', '127.0.0.1:0', '-t', root], {
      cwd: root,
      log: join(dir, 'php-server.log'),
      env: { PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    let url;
    await waitFor('PHP server', () => {
      if (server.exitCode !== null) throw new Error(`wordpress site: php -S exited: ${server.output()}`);
      const m = /Development Server \(http:\/\/127\.0\.0\.1:(\d+)\) started/.exec(server.output());
      if (m) url = `http://127.0.0.1:${m[1]}/`;
      return Boolean(m);
    });
    const config = (await readFile(join(here, 'wp-config.php.in'), 'utf8'))
      .replaceAll('@SOCKET@', socket)
      .replaceAll('@URL@', url.replace(/\/$/, ''))
      .replaceAll('@DEBUG_LOG@', join(dir, 'debug.log'));
    await writeFile(join(root, 'wp-config.php'), config);

    // The installer, as a person fills it in (step 2 of wp-admin/install.php).
    const form = new URLSearchParams({
      weblog_title: 'Anna Coaching', user_name: ADMIN.user, admin_password: ADMIN.password,
      admin_password2: ADMIN.password, pw_weak: '1', admin_email: ADMIN.email, blog_public: '0', language: '',
    });
    const res = await fetch(`${url}wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const page = await res.text();
    if (!res.ok || !/Success!/.test(page)) throw new Error(`wordpress site: install failed (${res.status}): ${page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 600)}`);

    const php = (args, opts = {}) => run('php', args, { cwd: root, maxBuffer: 1 << 24, ...opts });
    return { url, dir, root, sql, php, stop, debugLog: join(dir, 'debug.log') };
  } catch (err) {
    await stop();
    throw err;
  }
}

export const ZIP_DIR = resolve(here, '../../dist');
