"""The table scribes in the window: the server host, its dialog, QR codes, the join screen."""
