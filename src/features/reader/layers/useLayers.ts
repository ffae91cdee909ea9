import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ALL_LAYERS, type HighlightLayers } from '../highlight/layers';
import {
  LAYERS_PARAM,
  parseLayers,
  readStoredLayers,
  serializeLayers,
  storeLayers,
  type LayerName,
} from './layerParams';

/**
 * The reader's highlight layers. The URL (`?layers=`) is the source of truth so a shared link
 * reproduces the view; without it the last choice (localStorage) applies and is mirrored into
 * the URL. Changing a layer updates both.
 */
export function useLayers() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  const [remembered] = useState(() => readStoredLayers() ?? ALL_LAYERS);
  const fromUrl = parseLayers(params.get(LAYERS_PARAM));
  const current = fromUrl ?? remembered;
  // The same object while the layers are the same (the URL's copy of the remembered choice, any
  // other parameter changing): the article body, memoised on it, is not drawn again for nothing.
  const key = serializeLayers(current);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const layers = useMemo(() => current, [key]);

  const writeUrl = useCallback(
    (next: HighlightLayers) => {
      const updated = new URLSearchParams(search);
      updated.set(LAYERS_PARAM, serializeLayers(next));
      // Commas are fine in a query and read better than %2C: `?layers=quotes,person`.
      const query = updated.toString().replace(/%2C/gi, ',');
      // A layer switch is not a new page: no history entry, no jump to the top.
      navigate(
        { pathname, search: `?${query}`, hash },
        { replace: true, preventScrollReset: true },
      );
    },
    [navigate, pathname, search, hash],
  );

  const mirrored = fromUrl !== null;
  useEffect(() => {
    if (!mirrored) writeUrl(remembered);
  }, [mirrored, remembered, writeUrl]);

  const setLayers = useCallback(
    (next: HighlightLayers) => {
      storeLayers(next);
      writeUrl(next);
    },
    [writeUrl],
  );

  const setLayer = useCallback(
    (name: LayerName, on: boolean) => setLayers({ ...layers, [name]: on }),
    [layers, setLayers],
  );

  return { layers, setLayer, setLayers };
}
