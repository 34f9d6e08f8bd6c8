NAME = "namespace portion"
