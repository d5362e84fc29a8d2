/** Who we are in the workspace, learned with `auth.test` at start; used to drop our own echoes. */
export interface SlackIdentity {
  botUserId: string | undefined;
  botId: string | undefined;
  appId: string | undefined;
}

export const unknownIdentity: SlackIdentity = { botUserId: undefined, botId: undefined, appId: undefined };
