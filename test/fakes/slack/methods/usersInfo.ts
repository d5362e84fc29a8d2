import { fail, stringArg } from './apiMethod.ts';
import type { ApiMethod } from './apiMethod.ts';

/** Enough of a user object to skip bots and deactivated users; the e-mail needs `users:read.email`. */
export const usersInfo: ApiMethod = {
  name: 'users.info',
  acceptedScopes: ['users:read'],
  neededScope: () => 'users:read',
  handle({ workspace, args, caller }) {
    const id = stringArg(args, 'user');
    const user = id === undefined ? undefined : workspace.users.get(id);
    if (user === undefined) return fail('user_not_found');
    const showEmail = caller.scopes.has('users:read.email') && user.email !== undefined;
    const isOurBot = user.id === workspace.identity.botUserId;
    return {
      body: {
        ok: true,
        user: {
          id: user.id,
          team_id: user.teamId,
          name: user.name,
          deleted: user.deleted,
          color: '9f69e7',
          real_name: user.realName,
          tz: 'Europe/London',
          tz_label: 'Greenwich Mean Time',
          tz_offset: 0,
          profile: {
            real_name: user.realName,
            real_name_normalized: user.realName,
            display_name: user.name,
            display_name_normalized: user.name,
            ...(showEmail ? { email: user.email } : {}),
            image_24: 'https://a.slack-edge.com/80588/img/avatars/ava_0024-24.png',
            image_48: 'https://a.slack-edge.com/80588/img/avatars/ava_0024-48.png',
            image_72: 'https://a.slack-edge.com/80588/img/avatars/ava_0024-72.png',
            team: user.teamId,
            ...(isOurBot ? { bot_id: user.botId, api_app_id: user.appId, always_active: true } : {}),
          },
          is_admin: user.isAdmin,
          is_owner: user.isOwner,
          is_primary_owner: user.isOwner,
          is_restricted: false,
          is_ultra_restricted: false,
          is_bot: user.isBot,
          is_app_user: false,
          is_workflow_bot: false,
          updated: user.updated,
        },
      },
    };
  },
};
