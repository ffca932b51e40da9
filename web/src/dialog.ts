// <helpbridge-dialog>: renders a DialogView (built and localised by the core) and
// reports what the person chose as a 'helpbridge-choice' event. It decides
// nothing itself: the core answers each choice, usually with show() or hide().
//
//   urgent, someone_else, help -> a native <dialog> opened with showModal()
//   support                    -> a calm, non-modal banner that never takes focus
//
// Safety of the rendering: every string from the view goes into the DOM as text
// (createElement + textContent/append/setAttribute, never innerHTML); a link is
// rendered only if its href is tel:, sms: or https: (and matches its kind);
// anything else is dropped. No network, no storage, no logging.
//
// The shadow root is open: a closed root would not stop a hostile host page (it
// can patch attachShadow first), but it would hide the dialog from accessibility
// audits (axe), from test tools and from embedders' own end-to-end tests.
import type { DialogChoice, DialogView, ServiceAction, ServiceView } from './view-model.js';
import { dialogCss, dialogStyleSheet } from './dialog-styles.js';

export type { DialogChoice, DialogView } from './view-model.js';

export const TAG_NAME = 'helpbridge-dialog';
export const CHOICE_EVENT = 'helpbridge-choice';

export interface ShowOptions {
  /** Where focus goes when the dialog closes (the chat input). Defaults to
   * whatever had focus when show() was first called. */
  returnFocusTo?: HTMLElement;
}

type Mode = DialogView['mode'];
type Kind = ServiceAction['kind'];

const MODES: readonly Mode[] = ['urgent', 'support', 'someone_else', 'help'];
/** The scheme each kind of action must use. */
const SCHEME_OF_KIND: Record<Kind, 'tel:' | 'sms:' | 'https:'> = {
  call: 'tel:',
  text: 'sms:',
  chat: 'https:',
  whatsapp: 'https:',
  website: 'https:',
};
const ICON_OF_KIND: Record<Kind, IconName> = {
  call: 'phone',
  text: 'message',
  chat: 'chat',
  whatsapp: 'chat',
  website: 'globe',
};

// ---- safe values ---------------------------------------------------------------

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The href if it is a tel:, sms: or https: link (and, given a kind, the scheme
 * that kind needs); otherwise null, and the caller renders no link. */
export function safeHref(value: unknown, kind?: Kind): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  // No whitespace or control characters anywhere: browsers strip some of them
  // while parsing, which is how "java\tscript:" tricks work.
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(value)) return null;
  const scheme = value.startsWith('tel:') ? 'tel:' : value.startsWith('sms:') ? 'sms:' : value.startsWith('https:') ? 'https:' : null;
  if (scheme === null || (kind !== undefined && SCHEME_OF_KIND[kind] !== scheme)) return null;
  if (scheme === 'https:') {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname !== '' ? value : null;
    } catch {
      return null;
    }
  }
  // A dial string (digits, +, *, #, pause characters), optionally ?body=... for sms.
  const rest = value.slice(scheme.length);
  const queryAt = rest.indexOf('?');
  const number = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = queryAt < 0 ? null : rest.slice(queryAt + 1);
  if (!/^\+?[0-9*#,;.\-()]{1,32}$/.test(number) || !/[0-9]/.test(number)) return null;
  if (query !== null && (scheme !== 'sms:' || !/^[A-Za-z0-9%&=._~+\-]*$/.test(query))) return null;
  return value;
}

function safeLang(value: unknown): string | null {
  return typeof value === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : null;
}

function safeDir(value: unknown): 'ltr' | 'rtl' | 'auto' {
  return value === 'ltr' || value === 'rtl' ? value : 'auto';
}

function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(SCHEME_OF_KIND, value);
}

// ---- DOM building (text only) -----------------------------------------------------

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) node.append(child); // strings become Text nodes
  }
  return node;
}

/** Text with each phone-number-like run isolated left-to-right, so that "116 123"
 * is not read as "123 116" inside Arabic or Hebrew text. */
function withNumbers(value: string): Node[] {
  const out: Node[] = [];
  const numberRun = /\+?[0-9](?:[0-9\u00a0 \-.]*[0-9])?/g;
  let last = 0;
  for (const match of value.matchAll(numberRun)) {
    const at = match.index ?? 0;
    if (match[0].replace(/[^0-9]/g, '').length < 2) continue;
    if (at > last) out.push(document.createTextNode(value.slice(last, at)));
    out.push(h('bdi', { class: 'hb-number', dir: 'ltr' }, match[0]));
    last = at + match[0].length;
  }
  if (last < value.length) out.push(document.createTextNode(value.slice(last)));
  return out;
}

type IconName = 'phone' | 'message' | 'chat' | 'globe' | 'external' | 'close' | 'heart';

// Static path data (never view data), 24x24, stroked.
const ICON_PATHS: Record<IconName, string> = {
  phone: 'M6.8 3.5h2.5l1.4 4.1-2 1.5a12.5 12.5 0 0 0 6.2 6.2l1.5-2 4.1 1.4v2.5a2 2 0 0 1-2.2 2A16.8 16.8 0 0 1 4.8 5.7a2 2 0 0 1 2-2.2z',
  message: 'M4.5 5.5h15a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H10l-4.5 3.5v-3.5h-1a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z',
  chat: 'M4.5 5.5h15a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H10l-4.5 3.5v-3.5h-1a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1zM8.5 11h.01M12 11h.01M15.5 11h.01',
  globe: 'M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 1 0 0-17zM3.5 12h17M12 3.5c2.3 2.4 3.4 5.2 3.4 8.5s-1.1 6.1-3.4 8.5c-2.3-2.4-3.4-5.2-3.4-8.5s1.1-6.1 3.4-8.5z',
  external: 'M14 4.5h5.5V10M19.5 4.5 11 13M17.5 14v4.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1H10',
  close: 'M6.5 6.5l11 11M17.5 6.5l-11 11',
  heart: 'M12 19.5s-7.5-4.6-7.5-10.3A4.2 4.2 0 0 1 12 6.6a4.2 4.2 0 0 1 7.5 2.6c0 5.7-7.5 10.3-7.5 10.3z',
};

function icon(name: IconName, extraClass = ''): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', `hb-icon ${extraClass}`.trim());
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '1.8');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICON_PATHS[name]);
  svg.append(path);
  return svg;
}

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

// Some hosts (server-side rendering, Node tests of other modules) import this
// file without a DOM; the class must still be definable there.
const ElementBase = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

export interface HelpbridgeDialogEventMap extends HTMLElementEventMap {
  'helpbridge-choice': CustomEvent<DialogChoice>;
}

export interface HelpbridgeDialog {
  addEventListener<K extends keyof HelpbridgeDialogEventMap>(
    type: K,
    listener: (this: HelpbridgeDialog, event: HelpbridgeDialogEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof HelpbridgeDialogEventMap>(
    type: K,
    listener: (this: HelpbridgeDialog, event: HelpbridgeDialogEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

export class HelpbridgeDialog extends ElementBase {
  private readonly root: ShadowRoot;
  private readonly modal: HTMLDialogElement;
  private readonly banner: HTMLElement;
  private readonly announcer: HTMLElement;
  private shownMode: Mode | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    const sheet = dialogStyleSheet();
    if (sheet) this.root.adoptedStyleSheets = [sheet];
    else this.root.append(h('style', {}, dialogCss));

    this.modal = h('dialog', { class: 'hb-modal' });
    this.modal.addEventListener('keydown', (event) => this.onModalKeydown(event));
    // Escape is handled on keydown; 'cancel' still comes from other close
    // requests (a platform back gesture). Either way the core decides.
    this.modal.addEventListener('cancel', (event) => {
      event.preventDefault();
      this.escape();
    });
    // Closed by the browser despite preventDefault (close requests without
    // user activation cannot be cancelled): follow, and give focus back.
    this.modal.addEventListener('close', () => {
      // The event is queued: after hide() + show() the dialog is open again.
      if (!this.modal.open && this.shownMode !== null && this.shownMode !== 'support') {
        this.shownMode = null;
        this.modal.replaceChildren();
        this.giveFocusBack();
      }
    });

    this.banner = h('section', { class: 'hb-banner', hidden: '' });
    // Escape only counts when focus is in the banner (the person went there);
    // Escape in the chat input is the host's business.
    this.banner.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.isComposing && this.shownMode === 'support') {
        event.preventDefault();
        this.emit({ action: 'dismiss' });
      }
    });
    // The banner never takes focus; a polite live region tells screen-reader
    // users that it appeared.
    this.announcer = h('div', { class: 'hb-visually-hidden', role: 'status', 'aria-live': 'polite' });
    this.root.append(this.banner, this.announcer, this.modal);
  }

  /** The mode on screen, or null when nothing is shown. */
  get mode(): Mode | null {
    return this.shownMode;
  }

  /** Renders the view: a modal dialog for urgent, someone_else and help, a
   * non-modal banner for support. Calling it again replaces what is shown. */
  show(view: DialogView, options: ShowOptions = {}): void {
    if (!isRecord(view) || !MODES.includes(view.mode as Mode)) {
      throw new TypeError(`${TAG_NAME}: show() needs a DialogView with mode ${MODES.join(', ')}`);
    }
    if (!this.isConnected) throw new Error(`${TAG_NAME}: add the element to the document before show()`);
    const target = options.returnFocusTo;
    if (target !== undefined && target !== null && typeof target.focus === 'function') this.returnFocus = target;
    else if (this.shownMode === null) this.returnFocus = this.outsideFocus();

    if (view.mode === 'support') this.showBanner(view);
    else this.showModal(view);
  }

  /** Closes the dialog or banner; focus goes back to returnFocusTo if it was inside. */
  hide(): void {
    const hadFocus = this.hasFocus();
    const wasModal = this.modal.open;
    this.shownMode = null;
    if (wasModal) this.modal.close();
    this.modal.replaceChildren();
    this.hideBanner();
    if (wasModal || hadFocus) this.giveFocusBack();
  }

  disconnectedCallback(): void {
    if (this.modal.open) this.modal.close();
    this.shownMode = null;
    this.modal.replaceChildren();
    this.hideBanner();
  }

  // ---- modal ------------------------------------------------------------------

  private showModal(view: DialogView): void {
    const focusedKey = this.modal.open ? this.focusedKey() : null;
    this.hideBanner();
    this.shownMode = view.mode;
    const ids = { title: 'hb-modal-title', body: 'hb-modal-body', intro: 'hb-modal-intro' };
    const intro = text(view.intro);
    setLocale(this.modal, view);
    this.modal.setAttribute('data-mode', view.mode);
    this.modal.setAttribute('aria-labelledby', ids.title);
    this.modal.setAttribute('aria-describedby', intro ? `${ids.body} ${ids.intro}` : ids.body);

    const header = h(
      'header',
      { class: 'hb-header' },
      h(
        'div',
        { class: 'hb-heading' },
        h('span', { class: 'hb-emblem', 'aria-hidden': 'true' }, icon('heart')),
        h('h2', { class: 'hb-title', id: ids.title }, text(view.title)),
      ),
      h('p', { class: 'hb-body', id: ids.body }, text(view.body)),
      intro ? h('p', { class: 'hb-intro', id: ids.intro }, intro) : null,
    );
    const sheet = h(
      'div',
      { class: 'hb-sheet' },
      header,
      this.helplines(view, 'hb-modal'),
      this.modalChoices(view),
      this.footer(view),
    );
    this.modal.replaceChildren(sheet);

    if (!this.modal.open) this.modal.showModal();
    const again = focusedKey !== null ? this.modal.querySelector<HTMLElement>(`[data-hb-key="${CSS.escape(focusedKey)}"]`) : null;
    (again ?? this.initialFocus())?.focus();
  }

  private modalChoices(view: DialogView): HTMLElement {
    const actions: Record<string, unknown> = isRecord(view.actions) ? view.actions : {};
    const button = (choice: DialogChoice, label: unknown, quiet = false) =>
      this.choiceButton(choice, text(label), quiet ? 'hb-button hb-button--quiet' : 'hb-button');
    if (view.mode === 'help') {
      return h('div', { class: 'hb-choices' }, h('div', { class: 'hb-choices-main' }, button({ action: 'dismiss' }, actions.close)));
    }
    const main = h(
      'div',
      { class: 'hb-choices-main' },
      button({ action: 'continue' }, actions.continue),
      button({ action: 'go_back' }, actions.goBack),
    );
    if (view.mode === 'someone_else') return h('div', { class: 'hb-choices' }, main);
    return h(
      'div',
      { class: 'hb-choices' },
      main,
      h(
        'div',
        { class: 'hb-choices-more' },
        button({ action: 'someone_else' }, actions.someoneElse, true),
        button({ action: 'not_now' }, actions.notNow, true),
      ),
    );
  }

  private onModalKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.isComposing) {
      // Cancelling the keydown keeps the browser from closing the dialog.
      event.preventDefault();
      event.stopPropagation();
      this.escape();
      return;
    }
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.focusables(this.modal);
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = this.root.activeElement;
    const inside = active !== null && active !== this.modal && this.modal.contains(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  /** Escape (or another close request): "go back" for the views that hold a
   * message, "dismiss" for the help view, which holds none. */
  private escape(): void {
    if (this.shownMode === null || this.shownMode === 'support') return;
    this.emit(this.shownMode === 'help' ? { action: 'dismiss' } : { action: 'go_back' });
  }

  private initialFocus(): HTMLElement | null {
    return this.modal.querySelector<HTMLElement>('a.hb-action') ?? this.focusables(this.modal)[0] ?? null;
  }

  // ---- banner -----------------------------------------------------------------

  private showBanner(view: DialogView): void {
    const hadModal = this.modal.open;
    if (hadModal) {
      this.modal.close();
      this.modal.replaceChildren();
    }
    const focusedKey = this.banner.hidden ? null : this.focusedKey();
    this.shownMode = 'support';
    const actions: Record<string, unknown> = isRecord(view.actions) ? view.actions : {};
    const ids = { title: 'hb-banner-title', body: 'hb-banner-body' };
    const title = text(view.title);
    setLocale(this.banner, view);
    this.banner.setAttribute('aria-labelledby', title ? ids.title : ids.body);
    this.banner.setAttribute('aria-describedby', ids.body);

    const closeLabel = text(actions.close);
    const close = h('button', { type: 'button', class: 'hb-close', 'data-hb-key': 'choice:dismiss', 'aria-label': closeLabel || undefined, title: closeLabel || undefined }, icon('close'));
    close.addEventListener('click', () => this.emit({ action: 'dismiss' }));
    const parts: Child[] = [
      h(
        'div',
        { class: 'hb-banner-head' },
        h(
          'div',
          { class: 'hb-banner-text' },
          title ? h('h2', { class: 'hb-title', id: ids.title }, title) : null,
          h('p', { class: 'hb-body', id: ids.body }, text(view.body)),
        ),
        close,
      ),
      this.helplines(view, 'hb-banner'),
      h('div', { class: 'hb-choices-more' }, this.choiceButton({ action: 'someone_else' }, text(actions.someoneElse), 'hb-button hb-button--quiet')),
      this.footer(view),
    ];
    this.banner.replaceChildren(...parts.filter((part): part is Node => part instanceof Node));
    const appeared = this.banner.hidden;
    this.banner.hidden = false;
    if (appeared) {
      this.announcer.textContent = '';
      setLocale(this.announcer, view);
      this.announcer.textContent = [title, text(view.body)].filter(Boolean).join(' ');
    }
    if (focusedKey !== null) this.banner.querySelector<HTMLElement>(`[data-hb-key="${CSS.escape(focusedKey)}"]`)?.focus();
    if (hadModal) this.giveFocusBack();
  }

  private hideBanner(): void {
    this.banner.hidden = true;
    this.banner.replaceChildren();
    this.announcer.textContent = '';
  }

  // ---- shared parts --------------------------------------------------------------

  /** The helplines, headed by the country picker that chooses them. */
  private helplines(view: DialogView, prefix: string): HTMLElement | null {
    const services = list(view.services).map((service) => this.service(service)).filter((node): node is HTMLElement => node !== null);
    const picker = this.countryPicker(view, `${prefix}-country`);
    if (services.length === 0 && picker === null) return null;
    const headingId = `${prefix}-helplines`;
    const heading = services.length > 0 ? text(view.helplinesHeading) : '';
    return h(
      'section',
      { class: 'hb-helplines', 'aria-labelledby': heading ? headingId : undefined },
      h('div', { class: 'hb-helplines-head' }, heading ? h('h3', { class: 'hb-helplines-heading', id: headingId }, heading) : null, picker),
      services.length > 0 ? h('ul', { class: 'hb-services' }, ...services) : null,
    );
  }

  /** One helpline card, or null when none of its actions has a safe link. */
  private service(value: unknown): HTMLElement | null {
    if (!isRecord(value)) return null;
    const service = value as Partial<ServiceView>;
    const serviceId = text(service.id);
    const actions = list(service.actions)
      .map((action) => this.serviceAction(serviceId, action))
      .filter((node): node is HTMLElement => node !== null);
    if (actions.length === 0) return null;

    const badges: HTMLElement[] = [];
    const statusLabel = text(service.statusLabel);
    if (statusLabel) {
      const tone = service.status === 'always' || service.status === 'open' ? 'open' : service.status === 'closed' ? 'closed' : '';
      badges.push(h('li', { class: tone ? `hb-badge hb-badge--${tone}` : 'hb-badge' }, statusLabel));
    }
    for (const badge of list(service.badges)) {
      if (text(badge)) badges.push(h('li', { class: 'hb-badge' }, text(badge)));
    }
    return h(
      'li',
      { class: 'hb-service' },
      h(
        'div',
        { class: 'hb-service-head' },
        h('h4', { class: 'hb-service-name' }, text(service.name)),
        badges.length > 0 ? h('ul', { class: 'hb-badges' }, ...badges) : null,
      ),
      h('div', { class: 'hb-actions' }, ...actions),
    );
  }

  private serviceAction(serviceId: string, value: unknown): HTMLElement | null {
    if (!isRecord(value) || !isKind(value.kind)) return null;
    const kind = value.kind;
    const label = text(value.label);
    if (value.href === null && kind === 'call' && label !== '') {
      // A vetted number with no tel: form (Chile's *4141): shown to dial by hand.
      return h('span', { class: `hb-action hb-action--${kind} hb-action--plain` }, icon(ICON_OF_KIND[kind]), h('span', {}, ...withNumbers(label)));
    }
    const href = safeHref(value.href, kind);
    if (href === null || label === '') return null;
    const external = SCHEME_OF_KIND[kind] === 'https:';
    const link = h(
      'a',
      {
        class: `hb-action hb-action--${kind}`,
        href,
        target: external ? '_blank' : undefined,
        rel: external ? 'noopener noreferrer' : undefined,
        'data-hb-key': `contact:${serviceId}:${kind}:${href}`,
      },
      icon(ICON_OF_KIND[kind]),
      h('span', {}, ...withNumbers(label)),
      external ? icon('external', 'hb-icon--small hb-icon--mirror') : null,
    );
    link.addEventListener('click', () => this.emit({ action: 'contact', serviceId, kind }));
    return link;
  }

  /** Always at the bottom: the emergency number and the directory. */
  private footer(view: DialogView): HTMLElement {
    const parts: Child[] = [];
    const emergency = isRecord(view.emergency) ? view.emergency : null;
    // The label normally comes with the number filled in; fill it if it does not.
    const emergencyLabel = emergency ? (text(emergency.label) || text(emergency.number)).replace('{number}', text(emergency.number)) : '';
    if (emergency && emergencyLabel) {
      const href = safeHref(emergency.href, 'call');
      const content = [icon('phone'), h('span', { class: 'hb-emergency-text' }, ...withNumbers(emergencyLabel))];
      parts.push(
        href !== null
          ? h('a', { class: 'hb-emergency', href, 'data-hb-key': 'emergency' }, ...content)
          : h('p', { class: 'hb-emergency' }, ...content),
      );
    }
    const directory = isRecord(view.directory) ? view.directory : null;
    const directoryHref = directory ? safeHref(directory.href, 'website') : null;
    if (directory && directoryHref !== null && text(directory.label)) {
      parts.push(
        h(
          'a',
          { class: 'hb-link', href: directoryHref, target: '_blank', rel: 'noopener noreferrer', 'data-hb-key': 'directory' },
          icon('globe', 'hb-icon--small'),
          text(directory.label),
          icon('external', 'hb-icon--small hb-icon--mirror'),
        ),
      );
    }
    return h('footer', { class: 'hb-footer' }, ...parts);
  }

  private countryPicker(view: DialogView, id: string): HTMLElement | null {
    const picker = isRecord(view.countryPicker) ? view.countryPicker : null;
    const options = list(picker?.options).filter(
      (option): option is { code: string; name: string } => isRecord(option) && /^[A-Z]{2}$/.test(text(option.code)) && text(option.name) !== '',
    );
    if (!picker || options.length === 0) return null;
    const current = text(view.country);
    const select = h('select', { class: 'hb-select', id, 'data-hb-key': 'country' });
    if (!options.some((option) => option.code === current)) {
      select.append(h('option', { value: '', selected: '', disabled: '' }, /^[A-Z]{2}$/.test(current) ? current : '—'));
    }
    for (const option of options) {
      select.append(h('option', { value: option.code, selected: option.code === current ? '' : undefined }, option.name));
    }
    select.addEventListener('change', () => {
      if (/^[A-Z]{2}$/.test(select.value)) this.emit({ action: 'country', country: select.value });
    });
    return h('div', { class: 'hb-country' }, h('label', { for: id }, text(picker.label)), select);
  }

  private choiceButton(choice: DialogChoice, label: string, className: string): HTMLButtonElement {
    const button = h('button', { type: 'button', class: className, 'data-hb-key': `choice:${choice.action}` }, label);
    button.addEventListener('click', () => this.emit(choice));
    return button;
  }

  // ---- events and focus -------------------------------------------------------------

  private emit(choice: DialogChoice): void {
    this.dispatchEvent(new CustomEvent<DialogChoice>(CHOICE_EVENT, { detail: Object.freeze({ ...choice }), bubbles: true, composed: true }));
  }

  private focusables(container: HTMLElement): HTMLElement[] {
    return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((node) => node.getClientRects().length > 0);
  }

  private focusedKey(): string | null {
    const active = this.root.activeElement;
    return active instanceof HTMLElement ? active.getAttribute('data-hb-key') : null;
  }

  private hasFocus(): boolean {
    return this.root.activeElement !== null;
  }

  /** The element focused outside this component, to give focus back to later. */
  private outsideFocus(): HTMLElement | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement && active !== this) active = active.shadowRoot.activeElement;
    return active instanceof HTMLElement && active !== this && active !== document.body ? active : null;
  }

  private giveFocusBack(): void {
    const target = this.returnFocus;
    if (target?.isConnected) target.focus();
  }
}

function setLocale(node: HTMLElement, view: DialogView): void {
  node.setAttribute('dir', safeDir(view.dir));
  const lang = safeLang(view.lang);
  if (lang !== null) node.setAttribute('lang', lang);
  else node.removeAttribute('lang');
}

/** Registers <helpbridge-dialog>; calling it again (or loading this module
 * twice) is harmless. */
export function defineHelpbridgeDialog(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (registry !== undefined && registry.get(TAG_NAME) === undefined) registry.define(TAG_NAME, HelpbridgeDialog);
}

declare global {
  interface HTMLElementTagNameMap {
    'helpbridge-dialog': HelpbridgeDialog;
  }
}

defineHelpbridgeDialog();
