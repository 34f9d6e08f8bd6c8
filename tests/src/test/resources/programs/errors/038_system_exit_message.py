import sys
print("exiting")
sys.exit("fatal: giving up")
