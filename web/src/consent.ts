// The consent dialog's state machine (src/bindings/hb_consent.h).
import type { HelpbridgeCore } from './core.js';
import { NativeObject } from './native-object.js';
import type { Category, Level } from './view-model.js';

export type ConsentEvent =
  | { type: 'assessed'; level: Level; category: Category | null }
  | { type: 'contact'; service: string; channel: 'call' | 'text' | 'chat' | 'whatsapp' | 'website' }
  | { type: 'continue' | 'go_back' | 'someone_else' | 'not_now' | 'dismiss' };

export interface ConsentEffect {
  state: 'idle' | 'offering_support' | 'offering_urgent' | 'someone_else';
  show: 'none' | 'banner' | 'dialog' | 'someone_else';
  /** A message is waiting: the host must not send it yet. */
  hold: boolean;
  /** The decision on the message that was waiting before this event. */
  host: 'proceed' | 'cancel' | null;
  category: Category | null;
  ignored: boolean;
}

export class Consent extends NativeObject {
  /** config: locales/consent.json; state: a blob from state() to resume, or null. */
  static create(core: HelpbridgeCore, configJson: string, stateJson: string | null): Consent {
    const handle = core.withStrings([configJson, stateJson], ([config, configLength], [state, stateLength]) =>
      core.createHandle((out) => core.native._hb_consent_create(config, configLength, state, stateLength, out)));
    return new Consent(core, handle, (h) => core.native._hb_consent_destroy(h));
  }

  handle(event: ConsentEvent): ConsentEffect {
    return this.core.withStrings([JSON.stringify(event)], ([json, length]) =>
      this.core.callJson<ConsentEffect>((out) => this.core.native._hb_consent_handle(this.live, json, length, out)));
  }

  /** The small blob a host may persist: counters and a flag, never text or categories. */
  state(): string {
    return JSON.stringify(this.core.callJson((out) => this.core.native._hb_consent_state(this.live, out)));
  }

  get sensitivityLowered(): boolean {
    return this.core.native._hb_consent_sensitivity_lowered(this.live) !== 0;
  }
}
