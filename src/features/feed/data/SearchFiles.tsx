import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Manifest } from '@/core/schema';
import { CorpusSearch } from '../model/corpusSearch';
import type { FeedModel } from '../model/feedModel';
import { SearchIndex } from '../model/searchIndex';
import { settle, type LoadFailure } from './loadFailures';
import { searchQueries } from './searchQueries';

interface SearchFilesProps {
  model: FeedModel;
  manifest: Manifest;
  q: string;
  /** Called after files were attached to the model (with those that failed): render again. */
  onChange: (failures: readonly LoadFailure[]) => void;
}

/**
 * Free-text search, a chunk of its own rendered once a reader wants to search (they focus the
 * box or the URL has `?q=`): it loads the list of search buckets, then, for each query, the
 * buckets of its words not loaded yet (a few tens of kilobytes: the words' first two letters
 * pick them), and attaches each to the model as it arrives. Renders nothing.
 */
export function SearchFiles({ model, manifest, q, onChange }: SearchFilesProps) {
  const docs = manifest.counts.articles;
  const list = useQuery(searchQueries.list(manifest.feed.search.file));
  if (list.data && !model.corpus.search)
    model.attachSearch(new CorpusSearch(list.data, docs), new SearchIndex());
  const search = model.corpus.search;
  const needed = search ? search.missing(q) : [];
  const files = needed.map((position) => search?.list.buckets[position]?.file ?? '');
  const buckets = useQuery({ ...searchQueries.buckets(files, docs), enabled: files.length > 0 });
  const failures = settle('search', buckets, (bucket, index) =>
    model.corpus.addSearchBucket(needed[index] ?? -1, bucket),
  );
  if (list.isError)
    failures.push({ key: 'search', message: list.error.message, retry: () => void list.refetch() });
  const version = model.version;
  const failed = failures.map((failure) => `${failure.key}:${failure.message}`).join('\n');
  useEffect(() => {
    onChange(failures);
    // A new version (files attached) or other failures: the page renders again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, failed, onChange]);
  // Failures of a search no longer wanted are not shown.
  useEffect(() => () => onChange([]), [onChange]);
  return null;
}
