/** Letter case for names set inside sentences, in the edition's locale. */
import { LOCALE } from '../format/index.ts';

/** "Reported length" → "reported length". */
export function lowerFirst(text: string, locale: string = LOCALE): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

/** "Upper" → "Upper", "upper" → "Upper". */
export function upperFirst(text: string, locale: string = LOCALE): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** A name as it reads inside a sentence: "trench", but "BRC mesh fence" keeps its capitals. */
export function inSentence(name: string, locale: string = LOCALE): string {
  return /^\p{Lu}{2}/u.test(name) ? name : lowerFirst(name, locale);
}
