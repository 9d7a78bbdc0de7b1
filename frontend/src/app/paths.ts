/** Where a person who must set up a second factor is sent before anything else. */
export const SECOND_FACTOR_PATH = '/securite';
