from brain import create_app

app = create_app()
