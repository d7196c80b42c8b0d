// The parts of two servers the tests start that they use: oidc-provider (an OpenID Connect
// provider) and smtp-server (an SMTP server). Neither package ships type declarations.

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** A pending interaction: what the provider asks of the person (log in, consent). */
  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
  }

  /** A grant of scopes to a client. */
  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: readonly string[]): void;
    save(): Promise<string>;
  }

  /** An OpenID Connect provider. */
  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    readonly Grant: new (init: { accountId: string; clientId: string }) => Grant;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}

declare module 'smtp-server' {
  import type { Readable } from 'node:stream';
  import type { Server } from 'node:net';

  /** The envelope of a message being received. */
  export interface SMTPSession {
    envelope: {
      mailFrom: { address: string } | false;
      rcptTo: Array<{ address: string }>;
    };
    user?: unknown;
  }

  /** Credentials a client signed in with. */
  export interface SMTPAuthentication {
    method: string;
    username?: string;
    password?: string;
  }

  /** Options of the server that the tests use. */
  export interface SMTPServerOptions {
    secure?: boolean;
    authOptional?: boolean;
    disabledCommands?: string[];
    allowInsecureAuth?: boolean;
    logger?: boolean;
    onAuth?(
      auth: SMTPAuthentication,
      session: SMTPSession,
      callback: (error: Error | null, response?: { user: unknown }) => void,
    ): void;
    onData?(stream: Readable, session: SMTPSession, callback: (error?: Error | null) => void): void;
  }

  /** An SMTP server. */
  export class SMTPServer {
    constructor(options: SMTPServerOptions);
    readonly server: Server;
    listen(port: number, host: string, callback?: () => void): void;
    close(callback?: () => void): void;
    on(event: 'error', listener: (error: Error) => void): this;
  }
}
