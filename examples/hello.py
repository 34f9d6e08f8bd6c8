print("Hello from Taipan")
