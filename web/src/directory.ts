// The helpline directory (src/bindings/hb_directory.h): one country's vetted
// services at a time, emergency numbers for every country.
import type { HelpbridgeCore } from './core.js';
import { NativeObject } from './native-object.js';

export interface LocalClock { weekday: number; minute: number }

export class Directory extends NativeObject {
  static create(core: HelpbridgeCore, emergencyJson: string, categoryTopicsJson: string, directoryJson: string): Directory {
    const handle = core.withStrings([emergencyJson, categoryTopicsJson, directoryJson], ([e, el], [t, tl], [d, dl]) =>
      core.createHandle((out) => core.native._hb_directory_create(e, el, t, tl, d, dl, out)));
    return new Directory(core, handle, (h) => core.native._hb_directory_destroy(h));
  }

  addCountry(countryJson: string): void {
    this.core.withStrings([countryJson], ([json, length]) =>
      this.core.check(this.core.native._hb_directory_add_country(this.live, json, length)));
  }

  /** The IANA zones of the country's services, whose local time lookup() needs. */
  timezones(country: string): string[] {
    return this.core.withStrings([country], ([code]) =>
      this.core.callJson<string[]>((out) => this.core.native._hb_directory_timezones(this.live, code, out)));
  }

  countries(): { code: string; name: string; helplines: boolean }[] {
    return this.core.callJson((out) => this.core.native._hb_directory_countries(this.live, out));
  }
}

/** The local weekday (0 = Sunday) and minute of the day in each zone, now. */
export function localClocks(zones: string[], now = new Date()): Record<string, LocalClock> {
  const clocks: Record<string, LocalClock> = {};
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  for (const zone of zones) {
    try {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).formatToParts(now);
      const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
      clocks[zone] = { weekday: days.indexOf(part('weekday')), minute: Number(part('hour')) * 60 + Number(part('minute')) };
    } catch {
      // An unknown zone: the directory reports the service's hours as unknown.
    }
  }
  return clocks;
}
