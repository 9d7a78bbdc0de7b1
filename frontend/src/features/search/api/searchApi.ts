import { answered, client } from '../../../lib/api/client';
import type { SearchAnswer } from '../../../lib/api/types';

/** What the search page asks: text, contacts, facet filters, the page. */
export interface SearchQuery {
  q?: string;
  phone?: string;
  handle?: string;
  priority?: string[];
  status?: string[];
  platform?: string[];
  department?: string[];
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date';
  after?: string;
}

export const searchApi = {
  search: async (query: SearchQuery): Promise<SearchAnswer> =>
    (await answered(client.GET('/api/v1/search', { params: { query } }))) as SearchAnswer,
};
