# subprocess on ProcessBuilder: run/capture_output, check_output, Popen.communicate, return codes, errors.
import subprocess

r = subprocess.run(["echo", "hi there"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"piped data")
print(out, err, p.returncode)
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
try:
    subprocess.check_call(["sh", "-c", "exit 1"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd)
try:
    subprocess.run(["no-such-program-taipan"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
r = subprocess.run(["sh", "-c", "echo a; echo b >&2"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["sh", "-c", "echo $TAIPAN_X; pwd"], capture_output=True, text=True, env={"TAIPAN_X": "set"}, cwd="/")
print(r.stdout.split())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait(), p.poll())
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("line\n", timeout=10))
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout < 1)
