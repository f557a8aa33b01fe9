import type { TVisitCheckIn } from '../../api/types';

/** How long the phone may look for its position before the visit records "unavailable". */
export const POSITION_TIMEOUT_MS = 15_000;

/** GeolocationPositionError.PERMISSION_DENIED: the person (or the browser's settings) refused. */
const PERMISSION_DENIED = 1;

/**
 * VIS-4: where the phone is, for a check-in or check-out — its own fix with high accuracy, or why
 * there is none: `denied` when the person refuses, `unavailable` without a fix in time. Never a
 * made-up position.
 */
export function currentPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<TVisitCheckIn> {
  if (!geolocation) return Promise.resolve({ location: 'unavailable' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (p) =>
        resolve({
          location: 'ok',
          lat: p.coords.latitude,
          lng: p.coords.longitude,
          accuracyM: p.coords.accuracy,
        }),
      (e) => resolve({ location: e.code === PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: true, timeout: POSITION_TIMEOUT_MS, maximumAge: 0 },
    );
  });
}
