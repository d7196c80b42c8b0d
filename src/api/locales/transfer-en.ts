import type { TransferApiMessages } from './transfer-messages';

/** The directory's import and export in the API, in English. */
export const transferEn: TransferApiMessages = {
  publicBodiesOnly:
    'only public bodies (municipalities, regions, agencies) can suggest organisations for the directory',
  csvBody: (got) =>
    `the file must be sent as text/csv (Content-Type is ${got === undefined ? 'missing' : `"${got}"`})`,
  csvTooLarge: (limit) => `the file is too large: at most ${limit} bytes`,
};
