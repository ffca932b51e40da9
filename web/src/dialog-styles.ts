// The look of <helpbridge-dialog>: calm, legible, large targets, light and dark.
//
// Theming: set any of these custom properties on the element (or an ancestor);
// they cross the shadow boundary. Each has a light and a dark default (picked by
// prefers-color-scheme); a value you set is used in both schemes, so wrap your own
// values in a prefers-color-scheme query if they should differ.
//
//   --helpbridge-font            font family            (system UI fonts)
//   --helpbridge-font-size       base size              (1rem)
//   --helpbridge-radius          corner radius          (14px)
//   --helpbridge-max-width       width of the dialog    (40rem)
//   --helpbridge-surface         dialog/banner background
//   --helpbridge-surface-soft    helpline cards, intro
//   --helpbridge-text            main text
//   --helpbridge-muted           secondary text (at least 4.5:1 on both surfaces)
//   --helpbridge-border          hairlines and outlines
//   --helpbridge-accent          helpline actions, links, focus ring
//   --helpbridge-on-accent       text on the accent
//   --helpbridge-open            "Open now / 24/7" badge text and dot
//   --helpbridge-open-soft       its background
//   --helpbridge-emergency       the emergency line's accent
//   --helpbridge-focus           focus ring             (the accent)
//   --helpbridge-backdrop        behind the modal dialog
//
// Only logical properties (inline/block, start/end) so that dir="rtl" mirrors the
// layout; no animation under prefers-reduced-motion; no inline style attributes
// (a strict style-src-attr CSP keeps working).

export const dialogCss = String.raw`
:host {
  --_font: var(--helpbridge-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic",
    "Noto Sans Hebrew", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", "DejaVu Sans", sans-serif);
  --_size: var(--helpbridge-font-size, 1rem);
  --_radius: var(--helpbridge-radius, 14px);
  --_max-width: var(--helpbridge-max-width, 40rem);
  --_surface: var(--helpbridge-surface, #ffffff);
  --_surface-soft: var(--helpbridge-surface-soft, #f3f6f5);
  --_text: var(--helpbridge-text, #1a242e);
  --_muted: var(--helpbridge-muted, #4a5865);
  --_border: var(--helpbridge-border, #cfd9d6);
  --_accent: var(--helpbridge-accent, #1d6a61);
  --_on-accent: var(--helpbridge-on-accent, #ffffff);
  --_open: var(--helpbridge-open, #1c5b43);
  --_open-soft: var(--helpbridge-open-soft, #e1f1e8);
  --_neutral-soft: #e8edef;
  --_emergency: var(--helpbridge-emergency, #9c2f2a);
  --_focus: var(--helpbridge-focus, var(--_accent));
  --_backdrop: var(--helpbridge-backdrop, rgb(18 28 34 / 0.55));
  --_shadow: 0 1px 2px rgb(16 24 32 / 0.08), 0 18px 48px rgb(16 24 32 / 0.22);
  display: block;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :host {
    --_surface: var(--helpbridge-surface, #161d22);
    --_surface-soft: var(--helpbridge-surface-soft, #1e282e);
    --_text: var(--helpbridge-text, #e6ecee);
    --_muted: var(--helpbridge-muted, #a9b7bf);
    --_border: var(--helpbridge-border, #35444c);
    --_accent: var(--helpbridge-accent, #86d2c4);
    --_on-accent: var(--helpbridge-on-accent, #0b201c);
    --_open: var(--helpbridge-open, #a3e2c4);
    --_open-soft: var(--helpbridge-open-soft, #1b3a2f);
    --_neutral-soft: #2a363d;
    --_emergency: var(--helpbridge-emergency, #f4a7a1);
    --_backdrop: var(--helpbridge-backdrop, rgb(0 0 0 / 0.65));
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.4), 0 18px 48px rgb(0 0 0 / 0.5);
  }
}
:host([hidden]) { display: none; }
[hidden] { display: none !important; }

.hb-modal, .hb-banner {
  box-sizing: border-box;
  font-family: var(--_font);
  font-size: var(--_size);
  line-height: 1.5;
  color: var(--_text);
  background: var(--_surface);
  text-align: start;
  overflow-wrap: break-word;
}
.hb-modal *, .hb-banner * { box-sizing: border-box; }

/* ---- the modal dialog ---------------------------------------------------- */
.hb-modal {
  inline-size: min(var(--_max-width), calc(100vw - 2rem));
  max-inline-size: none;
  max-block-size: calc(100dvh - 2rem);
  padding: 0;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  box-shadow: var(--_shadow);
  overflow: auto;
  overscroll-behavior: contain;
  scroll-padding-block-end: 9rem; /* what gets focus is not hidden under the footer */
}
.hb-modal::backdrop { background: var(--_backdrop, rgb(18 28 34 / 0.55)); }
.hb-modal:focus { outline: none; }
.hb-sheet { --_pad: 1.75rem; display: grid; gap: 1rem; padding: 1.25rem var(--_pad) 0; }
@media (max-width: 30rem) {
  .hb-sheet { --_pad: 1rem; padding-block-start: 1.25rem; }
}
/* The emergency line and the directory stay in view while the rest scrolls
   (unless the screen is too short to spare the room). */
.hb-modal .hb-footer {
  position: sticky;
  inset-block-end: 0;
  margin-inline: calc(-1 * var(--_pad));
  padding: 0.75rem var(--_pad) 1rem;
  background: var(--_surface);
}
@media (max-height: 34rem) {
  .hb-modal .hb-footer { position: static; }
  .hb-modal { scroll-padding-block-end: 0; }
}

.hb-header { display: grid; gap: 0.5rem; }
.hb-heading { display: flex; align-items: center; gap: 0.75rem; }
.hb-emblem {
  flex: none;
  display: inline-grid;
  place-items: center;
  inline-size: 2.5rem;
  block-size: 2.5rem;
  border-radius: 50%;
  color: var(--_accent);
  background: var(--_surface-soft);
  border: 1px solid var(--_border);
}
.hb-emblem .hb-icon { inline-size: 1.375rem; block-size: 1.375rem; }
.hb-title {
  margin: 0;
  font-size: 1.4375em;
  font-weight: 650;
  line-height: 1.25;
  letter-spacing: -0.005em;
  text-wrap: balance;
}
.hb-body { margin: 0; font-size: 1.0625em; text-wrap: pretty; }
.hb-intro {
  margin: 0;
  padding: 0.625rem 0.875rem;
  border-radius: calc(var(--_radius) * 0.6);
  border-inline-start: 4px solid var(--_accent);
  background: var(--_surface-soft);
  text-wrap: pretty;
}

/* ---- helplines ------------------------------------------------------------ */
.hb-helplines { display: grid; gap: 0.625rem; }
.hb-helplines-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.25rem 1rem; }
.hb-helplines-heading {
  margin: 0;
  font-size: 0.875em;
  font-weight: 650;
  letter-spacing: 0.02em;
  color: var(--_muted);
}
.hb-services { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
.hb-service {
  display: grid;
  gap: 0.5rem;
  padding: 0.75rem 1rem;
  border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.75);
  background: var(--_surface-soft);
}
.hb-service-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem 0.75rem; }
.hb-service-name { margin: 0; margin-inline-end: auto; font-size: 1.0625em; font-weight: 650; line-height: 1.3; }
.hb-badges { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.375rem; }
.hb-badge {
  display: inline-flex;
  align-items: center;
  gap: 0.375rem;
  padding: 0.125rem 0.625rem;
  border: 1px solid transparent;
  border-radius: 999px;
  background: var(--_neutral-soft);
  color: var(--_text);
  font-size: 0.8125em;
  font-weight: 600;
  line-height: 1.5;
  white-space: nowrap;
}
.hb-badge--open { background: var(--_open-soft); color: var(--_open); }
.hb-badge--open::before, .hb-badge--closed::before {
  content: "";
  inline-size: 0.5rem;
  block-size: 0.5rem;
  border-radius: 50%;
  background: currentColor;
}
.hb-badge--closed { color: var(--_muted); }
.hb-badge--closed::before { background: transparent; border: 1.5px solid currentColor; }

.hb-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.hb-action, .hb-button, .hb-select, .hb-link, .hb-close, .hb-emergency {
  font: inherit;
  min-block-size: 44px;
  -webkit-tap-highlight-color: transparent;
}
.hb-action {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1.125rem;
  border: 1.5px solid var(--_accent);
  border-radius: 999px;
  background: var(--_surface);
  color: var(--_accent);
  font-weight: 650;
  text-decoration: none;
  line-height: 1.25;
}
.hb-action--call, .hb-action--text { background: var(--_accent); color: var(--_on-accent); }
.hb-action.hb-action--plain { background: transparent; color: inherit; border-style: dashed; cursor: text; user-select: all; }
.hb-action:hover { text-decoration: underline; text-underline-offset: 0.2em; }
.hb-icon { inline-size: 1.25rem; block-size: 1.25rem; flex: none; }
.hb-icon--small { inline-size: 1rem; block-size: 1rem; opacity: 0.85; }
[dir="rtl"] .hb-icon--mirror { transform: scaleX(-1); }
.hb-number { unicode-bidi: isolate; direction: ltr; white-space: nowrap; }

/* ---- the person's choices --------------------------------------------------- */
.hb-choices { display: grid; gap: 0.5rem; }
.hb-choices-main { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.5rem; }
.hb-choices-more { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.25rem 1rem; }
.hb-button {
  padding: 0.625rem 0.875rem;
  border: 1.5px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.75);
  background: var(--_surface);
  color: var(--_text);
  font-weight: 650;
  line-height: 1.25;
  cursor: pointer;
}
.hb-button:hover { border-color: var(--_accent); }
.hb-button--quiet {
  padding-inline: 0.5rem;
  border-color: transparent;
  background: transparent;
  color: var(--_muted);
  font-weight: 600;
  text-decoration: underline;
  text-underline-offset: 0.2em;
  text-decoration-thickness: 1px;
}
.hb-button--quiet:hover { border-color: transparent; color: var(--_text); }

/* ---- footer: emergency line, directory, country ------------------------------ */
.hb-footer {
  display: grid;
  gap: 0.375rem;
  padding-block-start: 1rem;
  border-block-start: 1px solid var(--_border);
  font-size: 0.9375em;
}
.hb-emergency {
  display: flex;
  align-items: center;
  gap: 0.625rem;
  margin: 0;
  padding: 0.5rem 0.75rem;
  border-radius: calc(var(--_radius) * 0.6);
  border-inline-start: 4px solid var(--_emergency);
  background: var(--_surface-soft);
  color: var(--_text);
  font-weight: 600;
  text-decoration: none;
}
a.hb-emergency:hover .hb-emergency-text { text-decoration: underline; text-underline-offset: 0.2em; }
.hb-emergency .hb-icon { color: var(--_emergency); }
.hb-link {
  justify-self: start;
  display: inline-flex;
  align-items: center;
  gap: 0.375rem;
  color: var(--_accent);
  font-weight: 600;
  text-decoration: underline;
  text-underline-offset: 0.2em;
  text-decoration-thickness: 1px;
}
.hb-country { display: inline-flex; align-items: center; gap: 0.5rem; margin-inline-start: auto; color: var(--_muted); font-size: 0.875em; font-weight: 600; }
.hb-select {
  padding-block: 0.375rem;
  padding-inline: 0.75rem;
  border: 1.5px solid var(--_border);
  border-radius: calc(var(--_radius) * 0.6);
  background: var(--_surface);
  color: var(--_text);
  max-inline-size: 14rem;
  font-weight: 400;
  cursor: pointer;
}

/* ---- the support banner (non-modal) ------------------------------------------- */
.hb-banner {
  display: grid;
  gap: 0.875rem;
  margin-block: 0.75rem;
  padding: 1rem 1.25rem 0.875rem;
  border: 1px solid var(--_border);
  border-inline-start: 4px solid var(--_accent);
  border-radius: var(--_radius);
  box-shadow: 0 1px 2px rgb(16 24 32 / 0.06), 0 6px 18px rgb(16 24 32 / 0.08);
}
.hb-banner-head { display: flex; align-items: flex-start; gap: 0.75rem; }
.hb-banner-text { display: grid; gap: 0.25rem; flex: 1; min-inline-size: 0; }
.hb-banner .hb-title { font-size: 1.125em; }
.hb-banner .hb-body { font-size: 1em; }
.hb-banner .hb-services { grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.5rem; }
.hb-banner .hb-service { padding: 0.75rem; gap: 0.5rem; }
.hb-banner .hb-service-name { font-size: 1em; }
.hb-banner .hb-footer { padding-block-start: 0.625rem; }
.hb-close {
  display: inline-grid;
  place-items: center;
  flex: none;
  inline-size: 44px;
  block-size: 44px;
  margin-block-start: -0.5rem;
  margin-inline-end: -0.75rem;
  padding: 0;
  border: 0;
  border-radius: 50%;
  background: transparent;
  color: var(--_muted);
  cursor: pointer;
}
.hb-close:hover { background: var(--_surface-soft); color: var(--_text); }

/* ---- focus, motion, forced colours -------------------------------------------- */
.hb-action:focus-visible, .hb-button:focus-visible, .hb-select:focus-visible, .hb-link:focus-visible,
.hb-close:focus-visible, .hb-emergency:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
}
.hb-visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
@media (prefers-reduced-motion: no-preference) {
  .hb-modal[open] { animation: hb-rise 200ms cubic-bezier(0.2, 0.8, 0.2, 1); }
  .hb-modal[open]::backdrop { animation: hb-fade 200ms ease-out; }
  .hb-banner { animation: hb-rise 220ms cubic-bezier(0.2, 0.8, 0.2, 1); }
  .hb-action, .hb-button, .hb-close { transition: background-color 120ms, border-color 120ms, color 120ms; }
}
@keyframes hb-rise { from { opacity: 0; translate: 0 0.5rem; } to { opacity: 1; translate: 0 0; } }
@keyframes hb-fade { from { opacity: 0; } to { opacity: 1; } }
@media (forced-colors: active) {
  .hb-action, .hb-button, .hb-close, .hb-select { border: 1px solid ButtonText; }
  .hb-action--call, .hb-action--text { forced-color-adjust: none; background: ButtonText; color: ButtonFace; }
  .hb-badge { border-color: CanvasText; }
}
`;

let shared: CSSStyleSheet | null | undefined;

/** One constructed sheet shared by every instance (no <style> element, so a
 * strict style-src CSP needs no 'unsafe-inline'); null where constructable
 * stylesheets are unsupported, and the caller falls back to a <style>. */
export function dialogStyleSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(dialogCss);
    shared = sheet;
  } catch {
    shared = null;
  }
  return shared;
}
