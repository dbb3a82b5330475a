import type { Place } from '@oz/contracts';
import { useCallback, useState } from 'react';

/** The device position, asked only when the person taps the button; never stored nor sent except to search. */
export function useGeolocation(label: string): {
  readonly locating: boolean;
  readonly failed: boolean;
  readonly locate: () => Promise<Place | undefined>;
} {
  const [locating, setLocating] = useState(false);
  const [failed, setFailed] = useState(false);
  const locate = useCallback(async (): Promise<Place | undefined> => {
    setFailed(false);
    if (!('geolocation' in navigator)) {
      setFailed(true);
      return undefined;
    }
    setLocating(true);
    try {
      const position = await new Promise<GeolocationPosition>((resolve, reject) =>
        navigator.geolocation.getCurrentPosition(resolve, reject, {
          enableHighAccuracy: false,
          timeout: 15_000,
          maximumAge: 300_000,
        }),
      );
      return {
        kind: 'coordinates',
        label,
        latitude: Math.round(position.coords.latitude * 1e5) / 1e5,
        longitude: Math.round(position.coords.longitude * 1e5) / 1e5,
      };
    } catch {
      setFailed(true);
      return undefined;
    } finally {
      setLocating(false);
    }
  }, [label]);
  return { locating, failed, locate };
}
