/**
 * French grammar helpers shared by every space: plurals, elision, lists.
 * Unit tests: french.test.ts (npm test).
 */

/**
 * French plural rule: 0 and 1 take the singular, 2 and more the plural
 * ("0 membre votant présent", "1 dossier", "2 dossiers"); decimals below 2 are singular too.
 */
export function isPlural(n: number): boolean {
  return Math.abs(n) >= 2;
}

/** The word form for a count: plural(2, "dossier") → "dossiers"; irregular plurals as third argument. */
export function plural(n: number, singular: string, pluralForm?: string): string {
  return isPlural(n) ? (pluralForm ?? pluralize(singular)) : singular;
}

/**
 * A count followed by its noun phrase, with French number formatting (narrow no-break space
 * between thousands): count(1234, "dossier") → "1 234 dossiers",
 * count(0, "membre votant présent", "membres votants présents") → "0 membre votant présent".
 */
export function count(n: number, singular: string, pluralForm?: string): string {
  return `${formatNumber(n)} ${plural(n, singular, pluralForm)}`;
}

/**
 * Regular plural of each word of a short noun phrase ("membre votant présent" → "membres votants
 * présents"); what follows a preposition is a complement and stays ("dossier de la séance" →
 * "dossiers de la séance").
 */
function pluralize(phrase: string): string {
  let complement = false;
  return phrase
    .split(" ")
    .map((w) => {
      if (/^(de|du|des|d’.*|à|au|aux|en|pour|sur|par|avec|sans)$/i.test(w)) complement = true;
      if (complement || w === "") return w;
      if (/[sxz]$/i.test(w)) return w;
      if (/(au|eu)$/i.test(w)) return `${w}x`;
      if (/al$/i.test(w) && !/^(bal|carnaval|festival|récital|régal|chacal)$/i.test(w)) return `${w.slice(0, -2)}aux`;
      return `${w}s`;
    })
    .join(" ");
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat("fr-FR").format(n);
}

/** Words starting with an "h aspiré" (no elision: "le héros", "de hauteur"). */
const H_ASPIRE = /^(hall|hameau|handicap|hangar|hasard|haut|hauteur|héros|hiérarchi|honte|hors|huit)/i;

/** True when a word takes elision ("l’", "d’", "qu’"...): it starts with a vowel or a mute h. */
export function startsWithVowelSound(word: string): boolean {
  const w = word.trim();
  if (/^h/i.test(w)) return !H_ASPIRE.test(w);
  return /^[aeiouyàâäéèêëîïôöùûüœæ]/i.test(w);
}

/**
 * A short word followed by the next one, elided when French requires it:
 * elide("de", "administrateur") → "d’administrateur", elide("que", "agent") → "qu’agent",
 * elide("le", "hôpital") → "l’hôpital", elide("de", "préfecture") → "de préfecture".
 * Handles de, le, la, que, ne, je, me, te, se, ce, jusque, lorsque, puisque.
 */
export function elide(short: string, next: string): string {
  const lower = short.toLowerCase();
  const elidable = ["de", "le", "la", "que", "ne", "je", "me", "te", "se", "ce", "jusque", "lorsque", "puisque"];
  if (!elidable.includes(lower) || !startsWithVowelSound(next)) return `${short} ${next}`;
  return `${short.slice(0, -1)}’${next}`;
}

/** "en tant que" + a role, elided: asRole("administrateur de préfecture") → "en tant qu’administrateur de préfecture". */
export function asRole(role: string): string {
  return `en tant ${elide("que", role)}`;
}

/** "a, b et c" (French list, no Oxford comma). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
}
