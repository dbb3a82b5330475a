// Normalises French place names so « Saint-Étienne », « ST ETIENNE » and « saint etienne » compare equal
// (docs/reference/finess-format.md §4: NFD, no diacritics, upper case, hyphens/apostrophes → space,
// ST/STE → SAINT/SAINTE).
const LIGATURES: Readonly<Record<string, string>> = { Œ: 'OE', œ: 'OE', Æ: 'AE', æ: 'AE' };
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ST: 'SAINT',
  STE: 'SAINTE',
  STS: 'SAINTS',
  STES: 'SAINTES',
};

export function normalisePlaceName(value: string): string {
  const words = value
    .replace(/[ŒœÆæ]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
  return words.map((word) => ABBREVIATIONS[word] ?? word).join(' ');
}
