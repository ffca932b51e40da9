// Everything the guard decides, without any DOM: the wasm core, the model, the
// consent machine, the directory and the messages, turning a message or a
// choice into a decision, an effect and the dialog's view. It runs in a Web
// Worker (worker.ts) so that loading and deciding never block the page, or in
// the page itself when a Worker cannot be created (a strict CSP).
import type { Decision } from './assessor.js';
import { readTextAsset, resolveAssetBase } from './assets.js';
import { Catalog, guessCountry, negotiateLanguage } from './catalog.js';
import type { OrtModule } from './classifier.js';
import { Consent, type ConsentEffect, type ConsentEvent } from './consent.js';
import { HelpbridgeCore } from './core.js';
import { Directory, localClocks } from './directory.js';
import { Engine, type LocaleIndex } from './engine.js';
import { localTimezone } from './timezone.js';
import type { DialogChoice, DialogView } from './view-model.js';

export interface GuardCoreOptions {
  assetBase: string;
  country?: string;
  languages: readonly string[];
  /** IANA time zone for the country guess; default: this thread's (timezone.ts). */
  timezone?: string;
  state?: string;
}

export interface Outcome {
  decision?: Pick<Decision, 'level' | 'category' | 'source'>;
  effect: Pick<ConsentEffect, 'show' | 'hold' | 'host' | 'ignored'>;
  /** The view to show, or null to hide it. */
  view: DialogView | null;
}

type ViewRequest = { mode: DialogView['mode']; category: DialogView['category'] };

export class GuardCore {
  private current: ViewRequest | null = null;

  private constructor(
    private readonly core: HelpbridgeCore,
    private readonly engine: Engine,
    private readonly consent: Consent,
    private readonly directory: Directory,
    private readonly catalog: Catalog,
    private readonly base: URL,
    private readonly index: LocaleIndex,
    readonly lang: string,
    public country: string,
  ) {}

  static async create(options: GuardCoreOptions): Promise<GuardCore> {
    const base = resolveAssetBase(options.assetBase);
    const read = (path: string) => readTextAsset(new URL(path, base));
    const core = await HelpbridgeCore.load({ assetBase: base });
    const index = JSON.parse(await read('locales/index.json')) as LocaleIndex;
    const lang = negotiateLanguage(core, options.languages, index.messages);
    const country = guessCountry(core, { country: options.country, timezone: localTimezone(options.timezone), languages: options.languages },
      await read('locales/timezones.json')).country;
    // The lexicon decides at once; the model joins when loadModel() is done.
    const engine = await Engine.load({ assetBase: base, ort: null, lexiconLanguages: [lang], core });
    const consent = Consent.create(core, await read('locales/consent.json'), options.state ?? null);
    const directory = Directory.create(core, await read('locales/emergency.json'), await read('locales/category-topics.json'),
      await read('locales/directory.json'));
    const catalog = Catalog.create(core, await read(`locales/messages/${lang}.json`),
      lang === 'en' ? null : await read('locales/messages/en.json'));
    const guardCore = new GuardCore(core, engine, consent, directory, catalog, base, index, lang, country);
    await guardCore.setCountry(country);
    return guardCore;
  }

  /** ortUrl: onnxruntime-web's module URL (pages without a bundler), or null
   * for the package name, which the bundler resolves. */
  async loadModel(ortUrl: string | null, wasmPaths: string | null): Promise<true> {
    const ort = (ortUrl ? await import(/* @vite-ignore */ /* webpackIgnore: true */ ortUrl) : await import('onnxruntime-web/wasm')) as OrtModule;
    if (wasmPaths) ort.env.wasm.wasmPaths = wasmPaths;
    await this.engine.loadModel(ort, this.base);
    return true;
  }

  async check(text: string): Promise<Decision> {
    return this.engine.check(text, true);
  }

  /** A message the person wants to send. */
  async send(text: string): Promise<Outcome> {
    const decision = await this.check(text);
    const effect = this.consent.handle({ type: 'assessed', level: decision.level, category: decision.category });
    return { decision: { level: decision.level, category: decision.category, source: decision.source }, effect, view: this.viewFor(effect) };
  }

  /** What the person chose in the banner or the dialog. */
  choose(choice: DialogChoice): Outcome {
    if (this.current?.mode === 'help') {
      // The help view holds no message: closing it is all there is.
      const keep = choice.action === 'contact';
      if (!keep) this.current = null;
      return { effect: { show: keep ? 'dialog' : 'none', hold: false, host: null, ignored: false }, view: keep ? this.build(this.current!) : null };
    }
    const event: ConsentEvent = choice.action === 'contact'
      ? { type: 'contact', service: choice.serviceId, channel: choice.kind }
      : { type: choice.action as 'continue' | 'go_back' | 'someone_else' | 'not_now' | 'dismiss' };
    const effect = this.consent.handle(event);
    this.engine.setSensitivityLowered(this.consent.sensitivityLowered);
    return { effect, view: this.viewFor(effect) };
  }

  help(): DialogView {
    this.current = { mode: 'help', category: null };
    return this.build(this.current);
  }

  /** Switches the helplines to another country; returns the current view again, if any. */
  async setCountry(country: string): Promise<DialogView | null> {
    if (this.index.helplines.includes(country)) {
      this.directory.addCountry(await readTextAsset(new URL(`locales/helplines/${country}.json`, this.base)));
    }
    this.country = country;
    return this.current ? this.build(this.current) : null;
  }

  state(): string {
    return this.consent.state();
  }

  dispose(): void {
    void this.engine.dispose();
    this.consent.dispose();
    this.directory.dispose();
    this.catalog.dispose();
  }

  private viewFor(effect: ConsentEffect): DialogView | null {
    if (effect.ignored) return this.current ? this.build(this.current) : null;
    const mode = ({ none: null, banner: 'support', dialog: 'urgent', someone_else: 'someone_else' } as const)[effect.show];
    this.current = mode === null ? null : { mode, category: effect.category };
    return this.current ? this.build(this.current) : null;
  }

  private build(request: ViewRequest): DialogView {
    const clock = localClocks(this.directory.timezones(this.country));
    const json = JSON.stringify({ ...request, country: this.country, languages: [this.lang], clock });
    return this.core.withStrings([json], ([pointer, length]) =>
      this.core.callJson<DialogView>((out) => this.core.native._hb_view_build(this.directory.live, this.catalog.live, pointer, length, out)));
  }
}
