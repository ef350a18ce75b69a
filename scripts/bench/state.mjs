// A synthetic saved state in the widget's storage format (src/domain/schema.rs
// `encode`, src/domain/plan.rs `encode_days`): an action list whose every item
// was checked off every day for five years. The catalogue ids, statement ids
// and schema version are read from the Rust sources, so this follows them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATE_KEY = 'nearer:state';

/** Ids and constants the format depends on, read from src/. Throws if they cannot be found. */
export function readDomain(root) {
  const src = (f) => readFileSync(join(root, 'src/domain', f), 'utf8');
  const schema = src('schema.rs');
  const moments = src('moments.rs');
  const content = src('content.rs');
  const plan = src('plan.rs');
  const num = (text, re, what) => {
    const m = text.match(re);
    if (!m) throw new Error(`bench: cannot find ${what} in src/domain`);
    return Number(m[1]);
  };
  const version = num(schema, /pub const CURRENT_VERSION: u64 = (\d+);/, 'CURRENT_VERSION');
  const momentCount = num(moments, /pub const MOMENT_COUNT: usize = (\d+);/, 'MOMENT_COUNT');
  const itemsMax = num(plan, /pub const ITEMS_MAX: usize = (\d+);/, 'ITEMS_MAX');
  const table = moments.slice(moments.indexOf('pub const MOMENTS'));
  const momentIds = [...table.matchAll(/\bm\(\s*"([^"]+)"/g)].map((m) => m[1]);
  if (momentIds.length !== momentCount) {
    throw new Error(`bench: found ${momentIds.length} catalogue ids in moments.rs, MOMENT_COUNT is ${momentCount}`);
  }
  const statementIds = [...content.matchAll(/\bst\("([^"]+)"/g)].map((m) => m[1]);
  if (statementIds.length === 0) throw new Error('bench: no statement ids in content.rs');
  return { version, momentIds, statementIds, itemsMax };
}

// --- calendar days as in src/domain/date.rs (days since 1970-01-01, UTC arithmetic) ---
const DAY = 86_400_000;
export const localToday = (now = new Date()) => Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY);
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);

/** `encode_days` for a run of consecutive days: four days a hex digit, first day in the highest bit. */
export function encodeRun(first, count) {
  const nibbles = new Array(Math.ceil(count / 4)).fill(0);
  for (let off = 0; off < count; off += 1) nibbles[off >> 2] |= 8 >> (off % 4);
  return { from: iso(first), days: nibbles.map((n) => n.toString(16)).join('') };
}

/** A JSON string literal as `json::write_str` writes it (plain ASCII here, so JSON.stringify matches). */
const str = (s) => JSON.stringify(s);

const NOTE = 'Most evenings, after the dishes. Easier on weekdays; on Sundays we do it together on the walk.';
const HOW_TO = 'Ten minutes, phones in the other room, one question each and no fixing; then the kettle goes on.';

/**
 * The envelope for a list of `moments` catalogue items and `custom` items of
 * one's own, each done every day of the `days` days ending `today`, each with
 * a short private note; the assessment complete; `view` and `screen` as given.
 */
export function fiveYearState(domain, { moments, custom, view, screen = { at: 'results' }, today = localToday(), days = 5 * 365 + 1 }) {
  const done = encodeRun(today - days + 1, days);
  const items = [];
  for (const id of domain.momentIds.slice(0, moments)) {
    items.push(`{"key":${str(`m-${id}`)},"moment":${str(id)},"note":${str(NOTE)},"done":{"from":${str(done.from)},"days":${str(done.days)}}}`);
  }
  for (let n = 1; n <= custom; n += 1) {
    items.push(
      `{"key":${str(`c-${n}`)},"title":${str(`A moment of my own, number ${n}`)},"how_to":${str(HOW_TO)},` +
        `"note":${str(NOTE)},"done":{"from":${str(done.from)},"days":${str(done.days)}}}`,
    );
  }
  // ratings in `BTreeMap` order, as `write_answers` writes them
  const ratings = domain.statementIds
    .map((id, i) => [id, (i * 3) % 5])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, r]) => `${str(id)}:${r}`)
    .join(',');
  const screenJson = screen.at === 'statements' ? `{"at":"statements","page":${screen.page}}` : `{"at":${str(screen.at)}}`;
  return (
    `{"v":${domain.version},"state":{"view":${str(view)},"screen":${screenJson},` +
    `"answers":{"apart":"no","safety":"no","ratings":{${ratings}}},` +
    `"plan":{"next":${custom},"items":[${items.join(',')}]}}}`
  );
}
