// What the dialog renders: built by the C++ core (consent + resources + i18n)
// and handed to <helpbridge-dialog> as plain data. Every string in it is shown
// as text, never parsed as HTML; every href is tel:, sms: or https: only.

export type Level = 'none' | 'support' | 'urgent';

export type Category =
  | 'suicidal_ideation'
  | 'self_harm'
  | 'anxiety_crisis'
  | 'violent_thoughts'
  | 'substance_abuse_or_withdrawal'
  | 'risk_taking_behaviours';

export interface ServiceAction {
  kind: 'call' | 'text' | 'chat' | 'whatsapp' | 'website';
  /** Localised, e.g. "Call 116 123" or "Text SHOUT to 85258". */
  label: string;
  /** tel:, sms: or https: only; null for a call with no dialable link (a star
   * code like Chile's *4141), which is shown as text to dial by hand. */
  href: string | null;
}

export interface ServiceView {
  id: string;
  name: string;
  /** 'always' = 24/7; 'open'/'closed' = by its hours now; 'unknown' = hours not published. */
  status: 'always' | 'open' | 'closed' | 'unknown';
  /** Localised status ("Open 24/7", "Open now", "Closed now"), or null for 'unknown'. */
  statusLabel: string | null;
  /** Localised short facts: "Free", "Confidential". */
  badges: string[];
  actions: ServiceAction[];
}

export interface DialogView {
  /** urgent: modal dialog that holds the message; support: non-modal banner;
   * someone_else: how to help another person; help: opened from the help link. */
  mode: 'urgent' | 'support' | 'someone_else' | 'help';
  category: Category | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  country: string;
  title: string;
  body: string;
  /** A line matched to the category (e.g. a breathing cue for anxiety), or null. */
  intro: string | null;
  helplinesHeading: string;
  services: ServiceView[];
  /** The country's emergency number; shown on every view. */
  emergency: { label: string; number: string; href: string } | null;
  /** An international directory, for other countries or when none is vetted. */
  directory: { label: string; href: string };
  actions: { continue: string; goBack: string; someoneElse: string; notNow: string; close: string };
  countryPicker: { label: string; options: { code: string; name: string }[] };
}

/** What the person chose; the dialog reports it, the core decides what follows. */
export type DialogChoice =
  | { action: 'continue' }
  | { action: 'go_back' }
  | { action: 'someone_else' }
  | { action: 'not_now' }
  | { action: 'dismiss' }
  | { action: 'contact'; serviceId: string; kind: ServiceAction['kind'] }
  | { action: 'country'; country: string };
