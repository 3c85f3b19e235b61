/** Lower-cases, strips diacritics and folds typographic apostrophes and dashes to ASCII. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u02bb`\u00b4]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}
