# JupyterHub configuration for a Baeum class on one machine (Debian's jupyterhub 3.0 and its
# configurable-http-proxy). `bin/baeum hub` starts JupyterHub with this file and sets the
# BAEUM_HUB_* variables below; every one has a default, so
#   jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
# also works once the kernelspec and the released notebooks exist (see docs/teachers.md).
#
# What it sets up:
# - users: "trial" (the default) lets anyone log in with any name (DummyAuthenticator; with
#   BAEUM_HUB_PASSWORD, only with that password) and runs every student's server as the hub's own
#   user with a home under the hub's state directory (SimpleLocalProcessSpawner): for trying the
#   hub out, not for a class. "system" logs in the machine's users with their passwords (PAM) and
#   runs each server as that user in their own home (LocalProcessSpawner); only members of the
#   Unix group BAEUM_HUB_GROUP (default "students") may log in, root never. PAM passwords cross
#   the network: off localhost, serve it over TLS (--ssl-key/--ssl-cert, or a reverse proxy). For a real class use
#   your LMS or identity provider: the JupyterHub plugins oauthenticator (GitHub, Google, Azure
#   AD, generic OAuth2/OpenID Connect) or ltiauthenticator (LTI 1.1/1.3 from Moodle, Canvas,
#   Blackboard); they are not part of Baeum (set c.JupyterHub.authenticator_class in a config
#   file of your own that loads this one, see the end of this file).
# - each student's single-user server gets the "Java (Baeum)" kernel (the kernelspec in
#   BAEUM_HUB_JUPYTER_PATH/kernels/baeum) as its default kernel, and on first login a copy of the
#   released course notebooks (BAEUM_HUB_COURSE) in ~/course; later logins keep the student's
#   work (the copy is made only when ~/course does not exist).
# - idle culling without jupyterhub-idle-culler (Debian has no package of it): the single-user
#   server shuts down an idle kernel after BAEUM_HUB_CULL_KERNEL seconds (default 1200, also when
#   a browser tab is still open), and shuts itself down after BAEUM_HUB_CULL_SERVER seconds with
#   no kernel (default 600; the server checks once a minute); the hub then sees it stopped.
# - limits: each kernel's Java heap is capped by the kernelspec (`bin/baeum hub --max-heap`); a
#   cell that needs more fails with OutOfMemoryError and the kernel lives on. BAEUM_HUB_MEM_LIMIT and
#   BAEUM_HUB_CPU_LIMIT set JupyterHub's Spawner.mem_limit/cpu_limit, which the local spawners
#   used here do NOT enforce (they only pass MEM_LIMIT/CPU_LIMIT to the server's environment);
#   KubeSpawner (Zero to JupyterHub) and SystemdSpawner (The Littlest JupyterHub) enforce them.

import grp
import os
import pwd
import shutil
import sys

c = get_config()  # noqa: F821 (defined by JupyterHub when it loads this file)


def env(name, default):
    value = os.environ.get(name, "")
    return value if value != "" else default


here = os.path.dirname(os.path.abspath(__file__))
baeum_home = env("BAEUM_HOME", os.path.dirname(os.path.dirname(here)))
state = env("BAEUM_HUB_STATE", os.path.join(baeum_home, "target", "hub"))
course = env("BAEUM_HUB_COURSE", os.path.join(state, "release"))
jupyter_path = env("BAEUM_HUB_JUPYTER_PATH", os.path.join(state, "jupyter"))
users = env("BAEUM_HUB_USERS", "trial")
cull_kernel = int(env("BAEUM_HUB_CULL_KERNEL", "1200"))
cull_server = int(env("BAEUM_HUB_CULL_SERVER", "600"))
os.makedirs(state, exist_ok=True)

# --- the hub and its proxy, on localhost unless told otherwise
c.JupyterHub.ip = env("BAEUM_HUB_IP", "127.0.0.1")
c.JupyterHub.port = int(env("BAEUM_HUB_PORT", "8000"))
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = int(env("BAEUM_HUB_API_PORT", str(c.JupyterHub.port + 1)))
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:%d" % (c.JupyterHub.port + 2)
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.cookie_secret_file = os.path.join(state, "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = os.path.join(state, "jupyterhub.pid")
# Debian's configurable-http-proxy finds its modules (node-http-proxy, ...) in /usr/share/nodejs;
# a node from elsewhere (nodesource, nvm) does not look there by itself
if os.path.isdir("/usr/share/nodejs"):
    paths = [p for p in os.environ.get("NODE_PATH", "").split(":") if p]
    if "/usr/share/nodejs" not in paths:
        os.environ["NODE_PATH"] = ":".join(paths + ["/usr/share/nodejs"])
# a whole class logs in within minutes: start servers in parallel, and give a slow start time
c.JupyterHub.concurrent_spawn_limit = int(env("BAEUM_HUB_CONCURRENT_SPAWNS", "100"))
c.JupyterHub.active_server_limit = int(env("BAEUM_HUB_MAX_SERVERS", "0"))
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.Spawner.poll_interval = int(env("BAEUM_HUB_POLL", "30"))

# --- who logs in, and as whom their server runs
if users == "trial":
    c.JupyterHub.authenticator_class = "dummy"
    if env("BAEUM_HUB_PASSWORD", ""):
        c.DummyAuthenticator.password = os.environ["BAEUM_HUB_PASSWORD"]
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(state, "home", "{username}")
elif users == "system":
    c.JupyterHub.authenticator_class = "pam"
    c.JupyterHub.spawner_class = "localprocess"
    # not every account with a password: only the class's Unix group (its supplementary members,
    # `usermod -aG students alice`), and never root
    group = env("BAEUM_HUB_GROUP", "students")
    try:
        grp.getgrnam(group)
    except KeyError:
        sys.exit("jupyterhub_config.py: --users system logs in only members of the Unix group '%s' "
                 "(BAEUM_HUB_GROUP), and there is no such group: as root, groupadd %s and "
                 "usermod -aG %s STUDENT for each student (and each admin)" % (group, group, group))
    c.PAMAuthenticator.allowed_groups = {group}
    c.Authenticator.blocked_users = {"root"}
else:
    sys.exit("jupyterhub_config.py: BAEUM_HUB_USERS is 'trial' or 'system', not '%s'" % users)
# admins (comma-separated names) may manage other users' servers; with "system" they must also be
# in BAEUM_HUB_GROUP, which alone decides who may log in
admins = [u for u in env("BAEUM_HUB_ADMINS", "").split(",") if u]
if admins:
    c.Authenticator.admin_users = set(admins)

# --- each student's server: the Baeum kernel, culling, limits
c.Spawner.cmd = ["jupyterhub-singleuser"]
c.Spawner.default_url = "/tree/course"
c.Spawner.environment = {"JUPYTER_PATH": jupyter_path}
c.Spawner.args = [
    "--MultiKernelManager.default_kernel_name=baeum",
    "--MappingKernelManager.cull_idle_timeout=%d" % cull_kernel,
    "--MappingKernelManager.cull_interval=%d" % max(5, min(60, cull_kernel // 2 or 60)),
    "--MappingKernelManager.cull_connected=True",
    "--NotebookApp.shutdown_no_activity_timeout=%d" % cull_server,
]
if os.geteuid() == 0 and users == "trial":
    # trial servers run as the hub's user; Jupyter refuses root unless told
    c.Spawner.args.append("--allow-root")
if env("BAEUM_HUB_MEM_LIMIT", ""):
    c.Spawner.mem_limit = os.environ["BAEUM_HUB_MEM_LIMIT"]
if env("BAEUM_HUB_CPU_LIMIT", ""):
    c.Spawner.cpu_limit = float(os.environ["BAEUM_HUB_CPU_LIMIT"])


def copy_course(spawner):
    """On a student's first login, copies the released notebooks into ~/course."""
    if users == "trial":
        home, uid, gid = spawner.home_dir, None, None
    else:
        entry = pwd.getpwnam(spawner.user.name)
        home, uid, gid = entry.pw_dir, entry.pw_uid, entry.pw_gid
    target = os.path.join(home, "course")
    if os.path.exists(target):
        return
    if not os.path.isdir(course):
        spawner.log.warning("Baeum: no released course at %s; %s gets an empty home", course, spawner.user.name)
        return
    os.makedirs(home, exist_ok=True)
    partial = target + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    shutil.copytree(course, partial)
    if uid is not None:
        for root, dirs, files in os.walk(partial):
            for name in [root] + [os.path.join(root, n) for n in dirs + files]:
                os.chown(name, uid, gid, follow_symlinks=False)  # a student-made link never redirects it
    os.rename(partial, target)
    spawner.log.info("Baeum: copied the course into %s", target)


c.Spawner.pre_spawn_hook = copy_course

# A teacher's own settings (authenticator, limits, URLs) go in the file BAEUM_HUB_EXTRA_CONFIG
# names; it is loaded last, so it overrides anything above.
extra = env("BAEUM_HUB_EXTRA_CONFIG", "")
if extra:
    load_subconfig(extra)  # noqa: F821 (defined by JupyterHub)
