// Loaded with the first pack, not with the shell: a pack file put together and checked.
import { checkKader } from '../meldcode/check';
import { applyDiff } from './diff';
import { FORMAT_VERSION, type Locale, type LocalizedPack, type PackFile } from './schema';

/**
 * packs/<id>.<locale>.json as the app uses it: its changes laid over the national meldcode in the
 * same language (packs/base.<locale>.json), with the sources, review points and changes of its
 * default language (which alone carries them). The build validated the files; this re-checks the
 * parts the engine relies on, so a file altered after the build cannot send a walk into a dead end.
 */
export async function assemble(file: PackFile | null, id: string, locale: Locale, get: (path: string) => Promise<unknown>, inLocale: (locale: Locale) => Promise<LocalizedPack>): Promise<LocalizedPack> {
  const url = `packs/${id}.${locale}.json`;
  if (file?.format !== FORMAT_VERSION || file.id !== id || file.locale !== locale) throw new Error(`${url}: not a valid pack`);
  const pack = (file.diffOf === 'base' ? applyDiff(await get(`packs/base.${locale}.json`), file) : { ...file }) as LocalizedPack & { diffOf?: string };
  delete pack.diffOf;
  if (pack.id !== id || !pack.kader || checkKader(pack.kader).length > 0) throw new Error(`${url}: not a valid pack`);
  return pack.aboutIn && pack.aboutIn !== locale ? withAbout(pack, await inLocale(pack.aboutIn)) : pack;
}

/** A pack in another language with the sources, review points and changes of its default
 * language's (LocalizedPack.aboutIn). */
export function withAbout(pack: LocalizedPack, about: Partial<LocalizedPack> | null): LocalizedPack {
  if (!Array.isArray(about?.sources) || !Array.isArray(about.review) || !Array.isArray(about.changelog)) throw new Error(`packs/${pack.id}: its sources are missing`);
  return { ...pack, sources: about.sources, review: about.review, changelog: about.changelog };
}
