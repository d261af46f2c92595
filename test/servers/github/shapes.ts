import type { RepositoryRecord, UserRecord } from "./state.ts";

/** Where rendered URLs point: `api` is this server, `web` stands for https://github.com. */
export interface Urls {
  api: string;
  web: string;
}

export function userShape(user: UserRecord, urls: Urls): Record<string, unknown> {
  // GitHub percent-encodes bot logins (`github-actions%5Bbot%5D`) and links bots to their app's page.
  const url = `${urls.api}/users/${encodeURIComponent(user.login)}`;
  const htmlUrl =
    user.type === "Bot"
      ? `${urls.web}/apps/${user.login.replace(/\[bot\]$/, "")}`
      : `${urls.web}/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `${user.type === "Organization" ? "O" : user.type === "Bot" ? "BOT" : "U"}_kgDO${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url,
    html_url: htmlUrl,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function repositoryUrl(repository: RepositoryRecord, urls: Urls): string {
  return `${urls.api}/repos/${repository.fullName}`;
}

/** The `minimal-repository` shape (what runs and statuses embed). */
export function minimalRepositoryShape(repository: RepositoryRecord, urls: Urls): Record<string, unknown> {
  const url = repositoryUrl(repository, urls);
  return {
    id: repository.id,
    node_id: repository.nodeId,
    name: repository.name,
    full_name: repository.fullName,
    private: repository.private,
    owner: userShape(repository.owner, urls),
    html_url: `${urls.web}/${repository.fullName}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
  };
}

/** The `repository` / `full-repository` shape (what `GET /repos/{owner}/{repo}` and pull request heads carry). */
export function repositoryShape(repository: RepositoryRecord, urls: Urls): Record<string, unknown> {
  const webUrl = `${urls.web}/${repository.fullName}`;
  const host = new URL(urls.web).host;
  return {
    ...minimalRepositoryShape(repository, urls),
    clone_url: `${webUrl}.git`,
    git_url: `git://${host}/${repository.fullName}.git`,
    ssh_url: `git@${host}:${repository.fullName}.git`,
    svn_url: webUrl,
    mirror_url: null,
    homepage: null,
    language: null,
    default_branch: repository.defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: repository.issues.filter((i) => i.state === "open").length,
    open_issues_count: repository.issues.filter((i) => i.state === "open").length,
    size: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repository.private ? "private" : "public",
    license: null,
    topics: [],
    pushed_at: repository.createdAt,
    created_at: repository.createdAt,
    updated_at: repository.createdAt,
    network_count: 0,
    subscribers_count: 0,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
  };
}

/** The GitHub Actions app, which owns check runs created with a workflow's GITHUB_TOKEN. */
export function githubActionsAppShape(urls: Urls): Record<string, unknown> {
  return {
    id: 15368,
    slug: "github-actions",
    client_id: "Iv1.05c79e9ad1f6bdfa",
    node_id: "MDM6QXBwMTUzNjg=",
    owner: userShape({ login: "github", id: 9919, type: "Organization" }, urls),
    name: "GitHub Actions",
    description: "Automate your workflow from idea to production",
    external_url: "https://help.github.com/en/actions",
    html_url: `${urls.web}/apps/github-actions`,
    created_at: "2018-07-30T09:30:17Z",
    updated_at: "2024-04-10T20:33:16Z",
    permissions: {
      actions: "write",
      checks: "write",
      contents: "write",
      deployments: "write",
      issues: "write",
    },
    events: ["check_run", "check_suite", "deployment", "deployment_status", "issue_comment", "pull_request"],
  };
}

export function emptyReactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    confused: 0,
    heart: 0,
    hooray: 0,
    eyes: 0,
    rocket: 0,
  };
}
