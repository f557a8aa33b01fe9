import { describe, expect, it } from 'vitest';
import { currentPosition } from './position';

/** A stand-in for the browser's geolocation that answers once, as told. */
function geo(answer: { coords?: Partial<GeolocationCoordinates>; error?: number }): Geolocation {
  return {
    getCurrentPosition(ok, fail, options) {
      expect(options).toMatchObject({ enableHighAccuracy: true });
      expect(options?.timeout).toBeGreaterThan(0);
      if (answer.coords) ok({ coords: answer.coords, timestamp: 0 } as GeolocationPosition);
      else fail?.({ code: answer.error ?? 2 } as GeolocationPositionError);
    },
  } as Geolocation;
}

describe('VIS-4: the phone’s position for a check-in', () => {
  it('a fix gives the position and its accuracy', async () => {
    expect(
      await currentPosition(geo({ coords: { latitude: 31.2304, longitude: 121.4737, accuracy: 20 } })),
    ).toEqual({
      location: 'ok',
      lat: 31.2304,
      lng: 121.4737,
      accuracyM: 20,
    });
  });

  it('refused is "denied", no fix or a timeout is "unavailable" — and neither carries coordinates', async () => {
    expect(await currentPosition(geo({ error: 1 }))).toEqual({ location: 'denied' });
    expect(await currentPosition(geo({ error: 2 }))).toEqual({ location: 'unavailable' });
    expect(await currentPosition(geo({ error: 3 }))).toEqual({ location: 'unavailable' });
  });

  it('a browser without geolocation is "unavailable"', async () => {
    expect(await currentPosition(undefined)).toEqual({ location: 'unavailable' });
  });
});
