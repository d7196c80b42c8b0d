import type { TransferApiMessages } from './transfer-messages';

/** Katalogens import och export i API:t, på svenska. */
export const transferSv: TransferApiMessages = {
  publicBodiesOnly:
    'bara offentliga organisationer (kommuner, regioner, myndigheter) kan föreslå aktörer till katalogen',
  csvBody: (got) =>
    `filen ska skickas som text/csv (Content-Type är ${got === undefined ? 'inte angiven' : `"${got}"`})`,
  csvTooLarge: (limit) => `filen är för stor: högst ${limit} byte`,
};
