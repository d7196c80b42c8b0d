// The words typed for a name, folded as the `name_fold` column is (migration 0006): lower case
// and without accents, so that fuzzy matching compares like with like on every database.
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÆæÇçÈÉÊËèéêëÌÍÎÏìíîïÐðÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿÞþß';
const PLAIN = 'aaaaaaaaaaaaaacceeeeeeeeiiiiiiiiddnnoooooooooooouuuuuuuuyyytts';
const FOLD = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i]!]));

/** `text` in lower case with the accented Latin letters made plain (å → a, é → e). */
export function foldName(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => FOLD.get(c) ?? c)
    .join('')
    .toLowerCase();
}
