// The embedder's API: createGuard() once, then guard.attach(textarea) or
// guard.check(text). Everything runs in this page; the only requests are for
// the package's own files. Events to the host carry decisions, never text.
import type { Decision } from './assessor.js';
import { readTextAsset, resolveAssetBase } from './assets.js';
import { Catalog, guessCountry, negotiateLanguage } from './catalog.js';
import type { OrtModule } from './classifier.js';
import { Consent, type ConsentEffect, type ConsentEvent } from './consent.js';
import { HelpbridgeCore } from './core.js';
import { defineHelpbridgeDialog, HelpbridgeDialog } from './dialog.js';
import { Directory, localClocks } from './directory.js';
import { Engine, type LocaleIndex } from './engine.js';
import type { DialogChoice, DialogView } from './view-model.js';

export type GuardEvent =
  | { type: 'ready'; lang: string; country: string }
  | { type: 'model-ready' }
  | { type: 'decision'; level: Decision['level']; category: Decision['category']; source: Decision['source'] }
  | { type: 'choice'; action: DialogChoice['action'] }
  | { type: 'error'; message: string };

export interface GuardOptions {
  /** ISO 3166 country for the helplines; otherwise guessed from the time zone and languages. */
  country?: string;
  /** The person's languages, most preferred first; defaults to navigator.languages. */
  languages?: readonly string[];
  /** Where the package's files are served from (holding dist/, models/, locales/). */
  assetBase?: string | URL;
  /** The onnxruntime-web module, or null to run on the explicit-phrase lexicon alone.
   * Defaults to importing 'onnxruntime-web/wasm'. */
  ort?: OrtModule | null;
  /** A consent state blob from guard.state(), to resume cool-downs after a reload. */
  state?: string;
  /** Decisions, choices and errors: never the person's text. */
  onEvent?: (event: GuardEvent) => void;
}

export interface AttachOptions {
  /** Sends the message: called with the text as typed, unchanged. */
  onProceed: (text: string) => void;
  /** The person went back to edit: the text stays in the box. */
  onCancel?: () => void;
}

interface Pending {
  text: string;
  attach: AttachOptions;
  returnFocusTo?: HTMLElement;
}

export class Guard {
  private pending: Pending | null = null;
  private dialog: HelpbridgeDialog | null = null;
  private current: { mode: DialogView['mode']; category: DialogView['category'] } | null = null;

  private constructor(
    private readonly core: HelpbridgeCore,
    private readonly engine: Engine,
    private readonly consent: Consent,
    private readonly directory: Directory,
    private readonly catalog: Catalog,
    private readonly base: URL,
    private readonly index: LocaleIndex,
    readonly lang: string,
    private countryCode: string,
    private readonly onEvent: (event: GuardEvent) => void,
  ) {}

  static async create(options: GuardOptions = {}): Promise<Guard> {
    const base = resolveAssetBase(options.assetBase);
    const read = (path: string) => readTextAsset(new URL(path, base));
    const onEvent = options.onEvent ?? (() => {});
    const core = await HelpbridgeCore.load({ assetBase: base });
    const index = JSON.parse(await read('locales/index.json')) as LocaleIndex;
    const languages = options.languages ?? (typeof navigator === 'object' ? navigator.languages : ['en']);
    const lang = negotiateLanguage(core, languages, index.messages);
    const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const country = guessCountry(core, { country: options.country, timezone, languages }, await read('locales/timezones.json')).country;

    // The lexicon decides at once; the model joins when it has loaded.
    const engine = await Engine.load({ assetBase: base, ort: null, lexiconLanguages: [lang] });
    const consent = Consent.create(core, await read('locales/consent.json'), options.state ?? null);
    const directory = Directory.create(core, await read('locales/emergency.json'), await read('locales/category-topics.json'),
      await read('locales/directory.json'));
    const catalog = Catalog.create(core, await read(`locales/messages/${lang}.json`),
      lang === 'en' ? null : await read('locales/messages/en.json'));
    const guard = new Guard(core, engine, consent, directory, catalog, base, index, lang, country, onEvent);
    await guard.loadCountry(country);
    onEvent({ type: 'ready', lang, country });
    if (options.ort !== null) void guard.loadModel(options.ort);
    return guard;
  }

  get country(): string {
    return this.countryCode;
  }

  /** Decides one message (no UI), weighing the conversation's recent messages. */
  async check(text: string): Promise<Decision> {
    const decision = await this.engine.check(text, true);
    this.onEvent({ type: 'decision', level: decision.level, category: decision.category, source: decision.source });
    return decision;
  }

  /**
   * Holds each send from the text box (Enter without Shift, or the form's
   * submit) until helpbridge has decided, shows the banner or the dialog, and
   * calls onProceed(text) or onCancel() as the person chooses. Returns detach().
   */
  attach(target: HTMLTextAreaElement | HTMLInputElement | HTMLFormElement, options: AttachOptions): () => void {
    const field = target instanceof HTMLFormElement
      ? target.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"], input:not([type])')
      : target;
    if (!field) throw new Error('helpbridge: attach() needs a textarea, a text input, or a form holding one');
    this.ensureDialog(field);
    const send = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.send(field.value, options, field);
    };
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key === 'Enter' && !key.shiftKey && !key.isComposing && !(target instanceof HTMLFormElement)) send(event);
    };
    const form = target instanceof HTMLFormElement ? target : null;
    field.addEventListener('keydown', onKey, { capture: true });
    form?.addEventListener('submit', send, { capture: true });
    return () => {
      field.removeEventListener('keydown', onKey, { capture: true });
      form?.removeEventListener('submit', send, { capture: true });
    };
  }

  /** Opens the helplines without any message (the "help" link). */
  showHelp(returnFocusTo?: HTMLElement): void {
    this.render({ mode: 'help', category: null }, returnFocusTo);
  }

  /** The consent blob a host may persist (counters and a flag; never text). */
  state(): string {
    return this.consent.state();
  }

  async setCountry(country: string): Promise<void> {
    await this.loadCountry(country);
    if (this.current) this.render(this.current);
  }

  dispose(): void {
    this.dialog?.remove();
    void this.engine.dispose();
    this.consent.dispose();
    this.directory.dispose();
    this.catalog.dispose();
  }

  private async send(text: string, attach: AttachOptions, field: HTMLElement): Promise<void> {
    try {
      const decision = await this.check(text);
      const effect = this.consent.handle({ type: 'assessed', level: decision.level, category: decision.category });
      this.settle(effect);
      if (effect.hold) this.pending = { text, attach, returnFocusTo: field };
      else attach.onProceed(text);
      this.show(effect, field);
    } catch (error) {
      // Never break the host's chat: if anything fails, the message goes as usual.
      this.onEvent({ type: 'error', message: (error as Error).message });
      attach.onProceed(text);
    }
  }

  private choose(choice: DialogChoice): void {
    this.onEvent({ type: 'choice', action: choice.action });
    try {
      if (choice.action === 'country') {
        void this.setCountry(choice.country);
        return;
      }
      if (this.current?.mode === 'help') {
        if (choice.action !== 'contact') this.hide();
        return;
      }
      const event: ConsentEvent = choice.action === 'contact'
        ? { type: 'contact', service: choice.serviceId, channel: choice.kind }
        : { type: choice.action };
      const effect = this.consent.handle(event);
      this.engine.setSensitivityLowered(this.consent.sensitivityLowered);
      this.settle(effect);
      this.show(effect);
    } catch (error) {
      this.onEvent({ type: 'error', message: (error as Error).message });
      this.settle({ host: 'proceed' } as ConsentEffect);
      this.hide();
    }
  }

  /** Tells the host what became of the held message, if anything. */
  private settle(effect: Pick<ConsentEffect, 'host'>): void {
    const pending = this.pending;
    if (!pending || effect.host === null) return;
    this.pending = null;
    if (effect.host === 'proceed') pending.attach.onProceed(pending.text);
    else pending.attach.onCancel?.();
  }

  private show(effect: ConsentEffect, field?: HTMLElement): void {
    if (effect.ignored) return;
    const mode = { none: null, banner: 'support', dialog: 'urgent', someone_else: 'someone_else' }[effect.show] as DialogView['mode'] | null;
    if (mode === null) this.hide();
    else this.render({ mode, category: effect.category }, field ?? this.pending?.returnFocusTo);
  }

  private render(what: { mode: DialogView['mode']; category: DialogView['category'] }, returnFocusTo?: HTMLElement): void {
    this.current = what;
    const clock = localClocks(this.directory.timezones(this.countryCode));
    const request = { ...what, country: this.countryCode, languages: [this.lang], clock };
    const view = this.core.withStrings([JSON.stringify(request)], ([json, length]) =>
      this.core.callJson<DialogView>((out) => this.core.native._hb_view_build(this.directory.live, this.catalog.live, json, length, out)));
    this.ensureDialog(returnFocusTo).show(view, { returnFocusTo });
  }

  private hide(): void {
    this.current = null;
    this.dialog?.hide();
  }

  private ensureDialog(near?: HTMLElement): HelpbridgeDialog {
    if (this.dialog) return this.dialog;
    defineHelpbridgeDialog();
    const dialog = document.createElement('helpbridge-dialog') as HelpbridgeDialog;
    dialog.addEventListener('helpbridge-choice', (event) => this.choose((event as CustomEvent<DialogChoice>).detail));
    // The banner sits right after the chat box, where the person is looking.
    (near?.parentElement ?? document.body).append(dialog);
    this.dialog = dialog;
    return dialog;
  }

  private async loadCountry(country: string): Promise<void> {
    if (this.index.helplines.includes(country)) {
      this.directory.addCountry(await readTextAsset(new URL(`locales/helplines/${country}.json`, this.base)));
    }
    this.countryCode = country;
  }

  private async loadModel(ort: OrtModule | undefined): Promise<void> {
    try {
      const module = ort ?? ((await import('onnxruntime-web/wasm')) as unknown as OrtModule);
      await this.engine.loadModel(module, this.base);
      this.onEvent({ type: 'model-ready' });
    } catch (error) {
      this.onEvent({ type: 'error', message: `the model could not load; the explicit-phrase lexicon decides: ${(error as Error).message}` });
    }
  }
}

export async function createGuard(options: GuardOptions = {}): Promise<Guard> {
  return Guard.create(options);
}
