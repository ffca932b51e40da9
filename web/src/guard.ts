// The embedder's API: createGuard() once, then guard.attach(form or textarea)
// or guard.check(text). This is the small module the page loads first; the wasm
// core, the model and onnxruntime-web load later, in a Web Worker, on the first
// focus or keystroke (or prefetch()). If a Worker cannot be created (a strict
// CSP), the same code runs in the page. The only requests are for the package's
// own files; events to the host carry decisions, never text.
import type { Decision } from './assessor.js';
import { defineHelpbridgeDialog, HelpbridgeDialog } from './dialog.js';
import type { GuardCoreOptions, Outcome } from './guard-core.js';
import type { DialogChoice, DialogView } from './view-model.js';

export type GuardEvent =
  | { type: 'ready'; lang: string; country: string; worker: boolean }
  | { type: 'model-ready' }
  | { type: 'decision'; level: Decision['level']; category: Decision['category']; source: Decision['source'] }
  | { type: 'choice'; action: DialogChoice['action'] }
  | { type: 'error'; message: string };

export interface GuardOptions {
  /** ISO 3166 country for the helplines; otherwise guessed from the time zone and languages. */
  country?: string;
  /** The person's languages, most preferred first; defaults to navigator.languages. */
  languages?: readonly string[];
  /** Where the package's files are served from (the folder holding dist/, models/, locales/).
   * Defaults to the package this module was loaded from. */
  assetBase?: string | URL;
  /** onnxruntime-web: its ES module's URL (for pages without a bundler), or null to run on
   * the explicit-phrase lexicon alone. Default: the bundler resolves 'onnxruntime-web/wasm'. */
  ortUrl?: string | null;
  /** Where onnxruntime-web's .wasm files are served, if not beside its module. */
  ortWasmPaths?: string;
  /** A consent state blob from guard.state(), to resume cool-downs after a reload. */
  state?: string;
  /** Run in the page instead of a Worker (tests, or hosts that forbid workers). */
  noWorker?: boolean;
  /** After a failed load (the core, or the model), the next use (focus, keystroke,
   * send) tries again once this many milliseconds have passed. Default 30 000. */
  retryAfterMs?: number;
  /** Decisions, choices and errors: never the person's text. */
  onEvent?: (event: GuardEvent) => void;
}

export interface AttachOptions {
  /** Sends the message: called with the text exactly as typed. */
  onProceed: (text: string) => void;
  /** The person went back to edit: the text stays in the box. */
  onCancel?: () => void;
}

/** Calls into GuardCore, in a Worker or in the page. */
interface Transport {
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  close(): void;
}

function workerTransport(create: () => Worker): Promise<Transport> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = create();
    } catch (error) {
      reject(error); // a CSP without worker-src refuses at once
      return;
    }
    let next = 0;
    const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    const fail = (message: string) => {
      for (const { reject: rejectCall } of waiting.values()) rejectCall(new Error(message));
      waiting.clear();
    };
    worker.onmessage = (event: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
      const call = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (event.data.error !== undefined) call?.reject(new Error(event.data.error));
      else call?.resolve(event.data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`the helpbridge worker failed: ${event.message || 'it could not load'}`);
      reject(new Error('the helpbridge worker could not start'));
    };
    resolve({
      call: <T>(method: string, ...args: unknown[]) => new Promise<T>((resolveCall, rejectCall) => {
        const id = next++;
        waiting.set(id, { resolve: resolveCall as (value: unknown) => void, reject: rejectCall });
        worker.postMessage({ id, method, args });
      }),
      close: () => {
        fail('the guard was disposed');
        worker.terminate();
      },
    });
  });
}

async function localTransport(): Promise<Transport> {
  const { GuardCore } = await import('./guard-core.js');
  let core: Awaited<ReturnType<typeof GuardCore.create>> | null = null;
  return {
    async call<T>(method: string, ...args: unknown[]): Promise<T> {
      if (method === 'init') {
        core = await GuardCore.create(args[0] as GuardCoreOptions);
        return { lang: core.lang, country: core.country } as T;
      }
      return (core as unknown as Record<string, (...a: unknown[]) => T>)[method](...args);
    },
    close: () => core?.dispose(),
  };
}

/** How long a send waits for helpbridge to load before the message goes
 * unchecked (the chat must never hang on a stalled download), and how long the
 * help link waits before it shows the helplines from the data files. */
const SEND_WAIT_MS = 10_000;
const HELP_WAIT_MS = 4_000;
/** A network blip must not leave the rest of the visit unchecked; nor may a
 * broken deployment be fetched again on every keystroke. */
const RETRY_AFTER_MS = 30_000;

export class Guard {
  private transport: Promise<Transport> | null = null;
  /** When the last load of the core, or of the model, failed (for the retry). */
  private coreFailedAt: number | null = null;
  private modelFailedAt: number | null = null;
  private disposed = false;
  private dialog: HelpbridgeDialog | null = null;
  private pending: { text: string; attach: AttachOptions } | null = null;
  private returnFocusTo: HTMLElement | undefined;
  private info: { lang: string; country: string } | null = null;
  /** The dialog shows the helplines from the data files (the core could not load). */
  private fallbackShown = false;
  private readonly emit: (event: GuardEvent) => void;

  constructor(private readonly options: GuardOptions = {}) {
    const onEvent = options.onEvent;
    this.emit = (event) => {
      try {
        onEvent?.(event);
      } catch {
        // The host's handler must not break the guard either.
      }
    };
  }

  /** The negotiated language and country, once loaded. */
  get lang(): string | undefined {
    return this.info?.lang;
  }

  get country(): string | undefined {
    return this.info?.country;
  }

  /** Starts loading now rather than on the first focus or keystroke. Never
   * rejects: a failure reaches onEvent as an error, and sends go on unchecked. */
  prefetch(): Promise<void> {
    return this.ready().then(() => undefined, () => undefined);
  }

  /** Decides one message (no UI), weighing the conversation's recent messages. */
  async check(text: string): Promise<Decision> {
    const decision = await (await this.ready()).call<Decision>('check', text);
    this.emit({ type: 'decision', level: decision.level, category: decision.category, source: decision.source });
    return decision;
  }

  /**
   * Holds each send from the form or text box (its submit, or Enter without
   * Shift in a text box) until helpbridge has decided, shows the banner or the
   * dialog, and calls onProceed(text) or onCancel() as the person chooses.
   * Returns detach().
   */
  attach(target: HTMLTextAreaElement | HTMLInputElement | HTMLFormElement, options: AttachOptions): () => void {
    const form = target instanceof HTMLFormElement ? target : null;
    const field = form
      ? form.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"], input:not([type])')
      : (target as HTMLTextAreaElement | HTMLInputElement);
    if (!field) throw new Error('helpbridge: attach() needs a textarea, a text input, or a form holding one');
    this.ensureDialog(field);
    const send = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.send(field.value, options, field);
    };
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      if (!form && key.key === 'Enter' && !key.shiftKey && !key.isComposing) send(event);
    };
    const warmUp = () => void this.ready().catch(() => {});
    field.addEventListener('keydown', onKey, { capture: true });
    field.addEventListener('focus', warmUp, { once: true });
    field.addEventListener('input', warmUp, { once: true });
    form?.addEventListener('submit', send, { capture: true });
    return () => {
      field.removeEventListener('keydown', onKey, { capture: true });
      field.removeEventListener('focus', warmUp);
      field.removeEventListener('input', warmUp);
      form?.removeEventListener('submit', send, { capture: true });
    };
  }

  /** Opens the helplines without any message (for a "help" link). Works even
   * if the core could not load (or is still loading after a few seconds): then
   * the helplines come from the data files alone (fallback-help.ts). */
  async showHelp(returnFocusTo?: HTMLElement): Promise<void> {
    this.returnFocusTo = returnFocusTo;
    try {
      this.render(await (await this.readyWithin(HELP_WAIT_MS)).call<DialogView>('help'));
    } catch (error) {
      this.emit({ type: 'error', message: (error as Error).message });
      try {
        // Without the core, the helplines still come from the data files.
        const { fallbackHelpView } = await import('./fallback-help.js');
        this.render(await fallbackHelpView(this.coreOptions()), true);
      } catch (fallbackError) {
        this.emit({ type: 'error', message: `the helplines could not load: ${(fallbackError as Error).message}` });
        globalThis.open?.('https://findahelpline.com/', '_blank', 'noopener');
      }
    }
  }

  /** The consent blob a host may persist (counters and a flag; never text). */
  async state(): Promise<string> {
    return (await this.ready()).call<string>('state');
  }

  async setCountry(country: string): Promise<void> {
    const view = await (await this.ready()).call<DialogView | null>('setCountry', country);
    if (this.info) this.info.country = country;
    if (view) this.render(view);
  }

  dispose(): void {
    this.disposed = true;
    this.dialog?.remove();
    this.dialog = null;
    void this.transport?.then((t) => t.close(), () => {});
  }

  private ready(): Promise<Transport> {
    if (this.coreFailedAt !== null && this.retryDue(this.coreFailedAt)) {
      this.coreFailedAt = null;
      this.transport = null;
    }
    if (!this.transport) {
      const started = this.start();
      started.catch(() => {
        if (this.transport === started) this.coreFailedAt = Date.now();
      });
      this.transport = started;
    } else if (this.modelFailedAt !== null && this.retryDue(this.modelFailedAt)) {
      this.modelFailedAt = null;
      void this.transport.then((transport) => this.loadModel(transport), () => {});
    }
    return this.transport;
  }

  private retryDue(failedAt: number): boolean {
    return !this.disposed && Date.now() - failedAt >= (this.options.retryAfterMs ?? RETRY_AFTER_MS);
  }

  /** The lexicon decides until this is done, and if it fails. */
  private loadModel(transport: Transport): void {
    if (this.options.ortUrl === null) return;
    transport.call('loadModel', this.options.ortUrl ?? null, this.options.ortWasmPaths ?? null).then(
      () => this.emit({ type: 'model-ready' }),
      (error: Error) => {
        this.modelFailedAt = Date.now();
        this.emit({ type: 'error', message: `the model could not load, the lexicon decides: ${error.message}` });
      },
    );
  }

  /** ready(), waiting at most ms: a load that stalls must not hold the chat. */
  private readyWithin(ms: number): Promise<Transport> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`helpbridge was not ready within ${ms / 1000} s`)), ms);
    });
    return Promise.race([this.ready(), late]).finally(() => clearTimeout(timer));
  }

  private coreOptions(): GuardCoreOptions {
    const base = String(this.options.assetBase ?? new URL('../', import.meta.url));
    return {
      assetBase: new URL(base.endsWith('/') ? base : `${base}/`, globalThis.location?.href).href,
      country: this.options.country,
      languages: this.options.languages ?? (typeof navigator === 'object' ? navigator.languages : ['en']),
      state: this.options.state,
    };
  }

  private async start(): Promise<Transport> {
    const init = this.coreOptions();
    let transport: Transport;
    let inWorker = !this.options.noWorker;
    let worker: Transport | null = null;
    try {
      if (!inWorker) throw new Error('in the page by request');
      // Written out whole so that bundlers (Vite, webpack) see the Worker and bundle it.
      worker = await workerTransport(() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'helpbridge' }));
      this.info = await worker.call('init', init);
      transport = worker;
    } catch (error) {
      worker?.close(); // it started but could not load the core: do not leave it running
      if (inWorker) this.emit({ type: 'error', message: `no worker (${(error as Error).message}); running in the page` });
      inWorker = false;
      try {
        transport = await localTransport();
        this.info = await transport.call('init', init);
      } catch (pageError) {
        this.emit({ type: 'error', message: `helpbridge could not load (${(pageError as Error).message}); messages are sent unchecked until a later try succeeds` });
        throw pageError;
      }
    }
    this.emit({ type: 'ready', lang: this.info!.lang, country: this.info!.country, worker: inWorker });
    this.loadModel(transport);
    return transport;
  }

  private async send(text: string, attach: AttachOptions, field: HTMLElement): Promise<void> {
    // Called once whatever fails; a host's onProceed that throws is reported, not retried.
    const deliver = () => {
      try {
        attach.onProceed(text);
      } catch (error) {
        this.emit({ type: 'error', message: `the host's onProceed threw: ${(error as Error).message}` });
      }
    };
    let outcome: Outcome;
    try {
      outcome = await (await this.readyWithin(SEND_WAIT_MS)).call<Outcome>('send', text);
    } catch (error) {
      // Never break the host's chat: if anything fails, the message goes as usual.
      this.emit({ type: 'error', message: (error as Error).message });
      deliver();
      return;
    }
    const { decision } = outcome;
    if (decision) this.emit({ type: 'decision', level: decision.level, category: decision.category, source: decision.source });
    this.returnFocusTo = field;
    this.settle(outcome);
    if (outcome.effect.hold) this.pending = { text, attach };
    else deliver();
    try {
      this.render(outcome.view);
    } catch (error) {
      this.emit({ type: 'error', message: (error as Error).message });
      if (outcome.effect.hold) {
        // No dialog to answer: the held message goes as usual.
        this.pending = null;
        deliver();
      }
    }
  }

  private async choose(choice: DialogChoice): Promise<void> {
    this.emit({ type: 'choice', action: choice.action });
    if (this.fallbackShown) {
      // The helplines from the data files hold no message and have no core behind them.
      if (choice.action !== 'contact') this.render(null);
      return;
    }
    try {
      if (choice.action === 'country') {
        await this.setCountry(choice.country);
        return;
      }
      const outcome = await (await this.ready()).call<Outcome>('choose', choice);
      this.settle(outcome);
      this.render(outcome.view);
    } catch (error) {
      this.emit({ type: 'error', message: (error as Error).message });
      this.settle({ effect: { host: 'proceed', show: 'none', hold: false, ignored: false }, view: null });
      this.render(null);
    }
  }

  /** Tells the host what became of the held message, if anything. */
  private settle(outcome: Outcome): void {
    const pending = this.pending;
    if (!pending || outcome.effect.host === null) return;
    this.pending = null;
    if (outcome.effect.host === 'proceed') pending.attach.onProceed(pending.text);
    else pending.attach.onCancel?.();
  }

  private render(view: DialogView | null, fallback = false): void {
    this.fallbackShown = fallback && view !== null;
    if (view === null) this.dialog?.hide();
    else this.ensureDialog(this.returnFocusTo).show(view, { returnFocusTo: this.returnFocusTo });
  }

  private ensureDialog(near?: HTMLElement): HelpbridgeDialog {
    if (this.dialog) return this.dialog;
    defineHelpbridgeDialog();
    const dialog = document.createElement('helpbridge-dialog') as HelpbridgeDialog;
    dialog.addEventListener('helpbridge-choice', (event) => void this.choose((event as CustomEvent<DialogChoice>).detail));
    // The banner sits right after the chat box, where the person is looking.
    (near?.closest('form')?.parentElement ?? near?.parentElement ?? document.body).append(dialog);
    this.dialog = dialog;
    return dialog;
  }
}

/** Creates a guard. Cheap: nothing heavy loads until the first focus,
 * keystroke, check(), or prefetch(). */
export function createGuard(options: GuardOptions = {}): Guard {
  return new Guard(options);
}
