import { CANDIDATE_DELIMITERS } from "./csv-options.js";
import { tokenizeCsv } from "./tokenize.js";

/** How many records the delimiter detection reads. */
const SAMPLE_RECORDS = 50;

/**
 * The delimiter of `text`: each of `,` `;` tab `|` splits the first 50 records (quotes respected);
 * the one under which the largest share of records has the same field count (at least 2 fields)
 * wins, ties going to the earlier candidate. (A share, not a count: a wrong delimiter can cut
 * quoted line breaks into more, equally wide records.) A candidate under which the sample is not valid CSV (e.g. text after
 * a closing quote) is out. No winner (a single column): `","`.
 * @example
 * detectDelimiter("csv", 'a;"b;c"\n1;2\n'); // ";"
 */
export function detectDelimiter(op: string, text: string): string {
  let best = { delimiter: ",", share: 0 };
  for (const delimiter of CANDIDATE_DELIMITERS) {
    let records;
    try {
      records = tokenizeCsv(op, text, delimiter, SAMPLE_RECORDS);
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    let agreeing = 0;
    for (const [width, n] of counts) if (width >= 2 && n > agreeing) agreeing = n;
    const share = records.length === 0 ? 0 : agreeing / records.length;
    if (share > best.share) best = { delimiter, share };
  }
  return best.delimiter;
}
