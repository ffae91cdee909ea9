import { useMemo } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { Manifest } from '@/core/schema';
import { manifestQueries } from '@/lib/queries/manifestQueries';
import { importedQueries } from '@/lib/imported/queries';
import { MY_ARTICLES_SOURCE } from '@/lib/imported/ids';
import { toIndexRecord } from '@/lib/imported/toIndexRecord';
import { FeedModel } from '../model/feedModel';
import { FACETS, type FeedState } from '../model/feedState';
import { createFeedNames, type FeedNames } from '../names';
import { feedQueries } from './feedQueries';
import { settle, type LoadFailure } from './loadFailures';

/** One model per manifest for the life of the page, so going back to the feed is instant. */
const models = new WeakMap<Manifest, FeedModel>();
function modelFor(manifest: Manifest): FeedModel {
  let model = models.get(manifest);
  if (!model) {
    model = new FeedModel(manifest);
    models.set(manifest, model);
  }
  return model;
}

interface FeedDataOptions {
  /** The first screen is shown and the page is idle: fetch the facet files ahead of a click. */
  prefetch: boolean;
}

/**
 * Everything the feed reads besides record pages (useRecordPages): the manifest (loaded by the
 * route), and, only when a state needs them or the page is idle after its first screen, the
 * facet columns, the sort keys and the full list of people (search: SearchFiles.tsx). Each file is attached to
 * the model as it arrives (idempotent, so attaching during render is safe).
 */
export function useFeedData(state: FeedState, { prefetch }: FeedDataOptions) {
  const { data: manifest } = useSuspenseQuery(manifestQueries.detail());
  const model = modelFor(manifest);
  const docs = manifest.counts.articles;
  const filtered = state.q.trim() !== '' || FACETS.some((facet) => state[facet].length > 0);

  // The reader's own articles (IndexedDB) join the feed under the source "My articles".
  const { data: importedRecords } = useQuery(importedQueries.list());
  const hasImported = (importedRecords ?? []).length > 0;
  const { data: engine } = useQuery({ ...feedQueries.engine(), enabled: hasImported });
  if (importedRecords && (engine || !hasImported)) {
    model.setImported(
      importedRecords.map(toIndexRecord),
      importedRecords.flatMap((record) =>
        record.people.map((id, rank) => ({ id, name: record.personNames?.[rank] ?? '' })),
      ),
      engine ?? null,
    );
  }

  const refs = manifest.feed.columns;
  const columns = useQuery({
    ...feedQueries.columns(
      refs.map((ref) => ref.file),
      docs,
    ),
    enabled: filtered || prefetch,
  });
  const columnFailures = settle('column', columns, ({ column, engine }, position) => {
    const name = refs[position]?.column;
    if (name && !model.corpus.hasColumn(name)) model.corpus.attachColumn(name, column, engine);
  });
  const keys = useQuery({
    ...feedQueries.keys(manifest.feed.keys.file, docs),
    enabled: state.sort === 'quoted' || hasImported,
  });
  if (keys.data && !model.corpus.keysReady)
    model.corpus.attachKeys(keys.data.keys, keys.data.engine);

  const peopleFile = manifest.facetFiles?.people.file;
  // Names (and counts) of people beyond the manifest's top 500.
  const { data: allPeople } = useQuery({
    ...feedQueries.people(peopleFile ?? ''),
    enabled: peopleFile !== undefined && (filtered || prefetch),
  });
  if (allPeople && model.corpus.peopleFile !== allPeople) model.corpus.attachPeople(allPeople);

  const names: FeedNames = useMemo(() => {
    const people = new Map(
      (allPeople?.people ?? manifest.facets.people).map((p) => [p.id, p.name]),
    );
    for (const record of importedRecords ?? []) {
      record.people.forEach((id, rank) => {
        const name = record.personNames?.[rank];
        if (name && !people.has(id)) people.set(id, name);
      });
    }
    const sources = new Map(manifest.facets.sources.map((source) => [source.id, source.name]));
    if (hasImported) sources.set(MY_ARTICLES_SOURCE.id, MY_ARTICLES_SOURCE.name);
    const countries = new Map(
      manifest.facets.countries.flatMap((country) =>
        country.name ? [[country.code, country.name] as const] : [],
      ),
    );
    return createFeedNames(people, sources, countries);
  }, [manifest, allPeople, importedRecords, hasImported]);

  const failures: LoadFailure[] = [
    ...columnFailures,
    ...(keys.isError
      ? [{ key: 'keys', message: keys.error.message, retry: () => void keys.refetch() }]
      : []),
  ];
  return { manifest, model, version: model.version, names, failures };
}
