"""What the operating system tells us: data folder, single instance, idle time, autostart."""
