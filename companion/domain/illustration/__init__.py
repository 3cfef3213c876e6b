"""The exercise illustration: a pose from joint angles, moved, mirrored and drawn as shapes."""
