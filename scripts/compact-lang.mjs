// The compact form the build writes a bundled language file in
// (scripts/bundle.mjs): a list of the tag, then every text in the order of
// the English template (lang/en.json, which `make test` holds to the
// widget's own order, Strings::visit), without keys. The keys are a
// quarter of a file, so a visitor in that language downloads about
// 2.4 kB gzip less. The widget reads both forms (src/domain/language.rs):
// the keyed file stays the source a translator edits and a coach's pack
// sends; only the build's copy is compact, and it is held to its hash.

const PLURAL = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A text's place as the widget names it: moments.eye-contact.title, scale[0]. */
const name = (path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Whether `v` is one text: a string, or an object of plural forms. */
const isText = (v) =>
  typeof v === 'string' ||
  (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => PLURAL.has(k)));

/**
 * The place of every text in `file`, in order, "tag" left out. In the
 * template anything else is an error; elsewhere (`{ strict: false }`) a
 * value that is no text is not a place.
 */
export function textPaths(file, { strict = true } = {}) {
  const out = [];
  const walk = (v, path) => {
    if (isText(v)) out.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else if (strict) throw new Error(`${name(path)}: neither a text nor a group of texts in the template`);
  };
  for (const [k, v] of Object.entries(file)) if (k !== 'tag') walk(v, [k]);
  return out;
}

/**
 * `language` (a keyed language file, parsed) as the compact list, in the
 * order of `template`. Throws, naming them, if texts are missing or extra:
 * the build never ships a file the widget would refuse for its shape.
 */
export function compactLanguage(template, language) {
  const paths = textPaths(template);
  const missing = [];
  const texts = paths.map((path) => {
    const v = path.reduce((at, k) => (at !== null && typeof at === 'object' ? at[k] : undefined), language);
    if (!isText(v)) missing.push(name(path));
    return v;
  });
  const extra = textPaths(language, { strict: false }).map(name).filter((n) => !paths.some((p) => name(p) === n));
  if (typeof language.tag !== 'string') missing.unshift('tag');
  if (missing.length || extra.length) {
    throw new Error([...missing.map((n) => `${n}: missing`), ...extra.map((n) => `${n}: not in the English template`)].join('; '));
  }
  return [language.tag, ...texts];
}
