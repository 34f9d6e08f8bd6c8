# The options of subprocess that CPython applies in the forked child: each is honoured as CPython does, or
# refused with a ValueError naming it; never ignored.
import os, subprocess

SCRIPT = ("echo cwd=$(pwd) X=${X:-unset}; umask; grep '^SigIgn' /proc/self/status; "
          "test $(cut -d' ' -f6 /proc/self/stat) = $$ && echo own-session || echo parent-session; "
          "id -u; id -G; ls /proc/self/fd")

def child(**options):
    result = subprocess.run(["sh", "-c", SCRIPT], capture_output=True, text=True, check=True, **options)
    out = result.stdout.split("\n")
    return {"cwd": out[0].split()[0], "X": out[0].split()[1], "umask": out[1],
            "ignored": int(out[2].split()[1], 16), "session": out[3], "uid": out[4], "groups": out[5],
            "fds": out[6:-1]}

base = child()
print("base:", base["X"], base["session"], base["ignored"] & (1 << 12) != 0)
print("cwd:", child(cwd="/")["cwd"])
print("env:", child(env={"X": "1", "PATH": os.environ["PATH"]})["X"])
print("umask:", child(umask=0o077)["umask"], child(umask=0o027)["umask"])
# SIGPIPE (13) and SIGXFSZ (25): left ignored in the child only when restore_signals is false
print("restore_signals:", child()["ignored"] & (1 << 12), child(restore_signals=False)["ignored"] & (1 << 12 | 1 << 24))
print("start_new_session:", child(start_new_session=True)["session"])
print("close_fds:", child(close_fds=False)["X"], child(close_fds=True)["fds"] == base["fds"])

def honoured_or_refused(option, check, **options):
    # where the JVM cannot honour one (no fork; Taipan's descriptors are not the process's), a ValueError naming
    # it is right too
    try:
        print(option, check(child(**options)))
    except ValueError as e:
        print(option, option in str(e) and "not supported" in str(e))

honoured_or_refused("user", lambda c: c["uid"] == str(os.getuid()), user=os.getuid())
honoured_or_refused("group", lambda c: c["uid"] == str(os.getuid()), group=os.getgid())
honoured_or_refused("extra_groups", lambda c: c["groups"].split()[-1] == str(os.getgid()), extra_groups=[os.getgid()])

r, w = os.pipe()
honoured_or_refused("pass_fds", lambda c: str(w) in c["fds"], pass_fds=(w,))
os.close(r)
os.close(w)
honoured_or_refused("process_group", lambda c: c["session"] == "parent-session", process_group=0)
