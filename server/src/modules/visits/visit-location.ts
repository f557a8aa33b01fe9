import { appError } from '../../platform/errors.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { validationMessage } from '../../platform/validation-messages.js';
import type { TVisitLocation } from './visit-schemas.js';

export interface RecordedLocation {
  location: TVisitLocation['location'];
  lat: number | null;
  lng: number | null;
  accuracyM: number | null;
}

const coordinateFields = ['lat', 'lng', 'accuracyM'] as const;

/**
 * VIS-4: a check-in or check-out records where the phone was — never a made-up position. With
 * `ok` the latitude, longitude and accuracy are required; with `denied` or `unavailable` the
 * request must carry none (each given coordinate is a field error). Accuracy is kept in whole metres.
 */
export function recordedLocation(input: TVisitLocation): RecordedLocation {
  if (input.location === 'ok') {
    const missing = coordinateFields.filter((f) => input[f] === undefined || input[f] === null);
    if (missing.length > 0) {
      throw appError(
        'VALIDATION_FAILED',
        Object.fromEntries(missing.map((f) => [f, validationMessage('required')])),
      );
    }
    return {
      location: 'ok',
      lat: input.lat as number,
      lng: input.lng as number,
      accuracyM: Math.round(input.accuracyM as number),
    };
  }
  const given = coordinateFields.filter((f) => input[f] !== undefined && input[f] !== null);
  if (given.length > 0) {
    const message: Localized = {
      'zh-CN': '未获取到位置时不能提交坐标',
      en: 'No coordinates may be sent when the position was not obtained',
    };
    throw appError('VALIDATION_FAILED', Object.fromEntries(given.map((f) => [f, message])));
  }
  return { location: input.location, lat: null, lng: null, accuracyM: null };
}

/** A recorded position in words, for the customer's timeline. */
export function locationText(l: RecordedLocation): Localized {
  if (l.location === 'ok') {
    const at = `${l.lat?.toFixed(5)}, ${l.lng?.toFixed(5)}`;
    return { 'zh-CN': `位置 ${at}（±${l.accuracyM} 米）`, en: `at ${at} (±${l.accuracyM} m)` };
  }
  return l.location === 'denied'
    ? { 'zh-CN': '未获取位置：已拒绝', en: 'no location: refused' }
    : { 'zh-CN': '未获取位置：不可用', en: 'no location: unavailable' };
}
