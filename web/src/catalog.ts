// Localised messages (src/bindings/hb_i18n.h): a catalogue with English behind
// it, locale negotiation and the country guess.
import type { HelpbridgeCore } from './core.js';
import { NativeObject } from './native-object.js';

export class Catalog extends NativeObject {
  static create(core: HelpbridgeCore, catalogueJson: string, fallbackJson: string | null): Catalog {
    const handle = core.withStrings([catalogueJson, fallbackJson], ([c, cl], [f, fl]) =>
      core.createHandle((out) => core.native._hb_catalog_create(c, cl, f, fl, out)));
    return new Catalog(core, handle, (h) => core.native._hb_catalog_destroy(h));
  }

  /** A message with its {placeholders} filled; plural messages take the count's
   * CLDR category, which Intl.PluralRules computes here (see plural_category.h). */
  format(key: string, params: Record<string, string | number> = {}, count?: number): string {
    const lang = this.meta().lang;
    const plural = count === undefined ? 'other' : new Intl.PluralRules(lang).select(count);
    return this.core.withStrings([key, JSON.stringify(params), plural], ([k], [p, pl], [c]) =>
      this.core.callJson<{ text: string }>((out) => this.core.native._hb_catalog_format(this.live, k, p, pl, c, out))).text;
  }

  meta(): { lang: string; name: string; dir: 'ltr' | 'rtl' } {
    return this.core.callJson((out) => this.core.native._hb_catalog_meta(this.live, out));
  }
}

/** The best available catalogue language for the person's preferences. */
export function negotiateLanguage(core: HelpbridgeCore, requested: readonly string[], available: readonly string[]): string {
  return core.withStrings([JSON.stringify(requested), JSON.stringify(available)], ([r, rl], [a, al]) =>
    core.callJson<{ lang: string }>((out) => core.native._hb_i18n_negotiate(r, rl, a, al, out))).lang;
}

/** The person's country: the host's if given, else from the time zone, else from a language tag, else "". */
export function guessCountry(core: HelpbridgeCore, query: { country?: string; timezone?: string; languages?: readonly string[] },
  timezonesJson: string): { country: string; from: 'host' | 'timezone' | 'languages' | 'none' } {
  return core.withStrings([JSON.stringify(query), timezonesJson], ([q, ql], [z, zl]) =>
    core.callJson((out) => core.native._hb_i18n_guess_country(q, ql, z, zl, out)));
}
