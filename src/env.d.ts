/** Build-time values that Fieldlab's own integrations put into the browser code. */
interface ImportMetaEnv {
  /** Names this build's search index, so caches can keep it (src/integrations/search-index.ts). */
  readonly FIELDLAB_SEARCH_TAG: string;
}
