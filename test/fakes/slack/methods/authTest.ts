import type { ApiMethod } from './apiMethod.ts';

/** Who am I: the service calls this at start-up to learn its own `user_id`/`bot_id` for ignore-self. */
export const authTest: ApiMethod = {
  name: 'auth.test',
  acceptedScopes: [],
  neededScope: () => undefined,
  handle({ workspace, caller }) {
    const identity = workspace.identity;
    const user = workspace.users.get(caller.userId);
    const isBot = caller.kind === 'bot';
    return {
      body: {
        ok: true,
        url: `https://${identity.teamDomain}.slack.com/`,
        team: identity.teamName,
        user: user?.name ?? caller.userId,
        team_id: identity.teamId,
        user_id: caller.userId,
        ...(isBot ? { bot_id: identity.botId } : {}),
        is_enterprise_install: false,
        ...(isBot ? { app_id: identity.appId, app_name: identity.appName } : {}),
      },
    };
  },
};
