/**
 * A message for the user as a catalogue key and its values, worded only when shown, so a notice
 * raised before a language switch is read in the new language. Keys carry their namespace
 * ("messages:link.unknownView").
 */
export interface Notice {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}
